package io.dompet.adapter.web.topupwidget;

import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import io.dompet.adapter.web.problem.FinpayProblems;
import io.dompet.adapter.web.problem.FinpayWidget;
import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.topup.PhoneNumberRedaction;
import io.dompet.application.port.in.GetTopUpWidgetQuery;
import io.dompet.application.port.in.OpenTopUpWidgetCommand;
import io.dompet.application.port.in.OpenTopUpWidgetResult;
import io.dompet.application.port.in.OpenTopUpWidgetUseCase;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finpay Money top-up widgets: issuing one to a customer, who then picks a channel on Finpay's page and pays, and
 * reading a widget session, which Finpay's Notify Top Up completes.
 *
 * <p>The phone number is checked before the use case is called, so that a bad request stores nothing and reaches no
 * one. Whatever Finpay answers, the session the use case stored is named ({@code id} or {@code widgetSessionId}), and
 * Finpay's texts are shown with the customer's number masked.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Top-up widgets", description = "Finpay Money's self-service top-up widget, issued to a customer")
public class TopUpWidgetController {

    static final String TOP_UP_WIDGETS = "/api/v1/top-up-widgets";

    private final OpenTopUpWidgetUseCase openTopUpWidget;
    private final GetTopUpWidgetQuery getTopUpWidget;
    private final FinpayCallGate finpayCalls;
    private final Livemode livemode;

    public TopUpWidgetController(OpenTopUpWidgetUseCase openTopUpWidget, GetTopUpWidgetQuery getTopUpWidget,
                                 FinpayCallGate finpayCalls, Livemode livemode) {
        this.openTopUpWidget = Objects.requireNonNull(openTopUpWidget);
        this.getTopUpWidget = Objects.requireNonNull(getTopUpWidget);
        this.finpayCalls = Objects.requireNonNull(finpayCalls);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(
            operationId = "openTopUpWidget",
            summary = "Issue a top-up widget to a customer",
            description = "Asks Finpay for a widget page where the customer picks a channel and pays. The widget session is stored "
                    + "before Finpay is asked and ends OPEN (201) or FAILED (502 or 503, naming it in widgetSessionId); a failed "
                    + "session stays FAILED, so ask again for a new widget. Poll GET /api/v1/top-up-widgets/{id} to learn when "
                    + "the customer has paid.")
    @ApiResponse(responseCode = "201", description = "Widget issued: the session is OPEN, the customer's page in widgetUrl",
            headers = @Header(name = "Location", description = "The widget session's URL", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A missing or invalid phoneNumber, named in errors (type invalid-request); nothing was stored")
    @ApiResponse(responseCode = "502", description = "Finpay refused to issue the widget (type finpay-widget-refused, with finpayCode, "
            + "finpayMessage and the FAILED session's widgetSessionId)")
    @ApiResponse(responseCode = "503", description = "Finpay gave no usable answer (type finpay-unavailable, with the FAILED session's "
            + "widgetSessionId); ask for a new widget later. Or this instance is at its limit of concurrent Finpay requests or "
            + "shutting down (type finpay-busy): nothing was stored, send the same request again",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again", schema = @Schema(type = "integer")))
    @PostMapping(path = "/top-up-widgets", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TopUpWidgetResponse> open(@Parameter(hidden = true) HttpServletRequest servletRequest,
                                                    @RequestBody TopUpWidgetRequest request) {
        InvalidFields invalid = new InvalidFields();
        PhoneNumber phoneNumber = invalid.required("phoneNumber", request.phoneNumber());
        invalid.throwIfAny();

        OpenTopUpWidgetResult result = finpayCalls.call(() -> openTopUpWidget.open(new OpenTopUpWidgetCommand(phoneNumber)));
        if (result instanceof OpenTopUpWidgetResult.Opened opened) {
            TopUpWidgetSession session = opened.session();
            return ResponseEntity.created(URI.create(servletRequest.getContextPath() + TOP_UP_WIDGETS + "/" + session.id()))
                    .body(TopUpWidgetResponse.opened(session, livemode));
        }
        TopUpWidgetSession failed = result instanceof OpenTopUpWidgetResult.Refused refused ? refused.session()
                : ((OpenTopUpWidgetResult.Unavailable) result).session();
        throw FinpayProblems.notIssued(FinpayWidget.TOP_UP_WIDGET, result instanceof OpenTopUpWidgetResult.Unavailable,
                failed.id(), "top-up widget for customer " + phoneNumber.masked() + ", widget session " + failed.id(),
                failed.failure().orElseThrow(), text -> PhoneNumberRedaction.redact(text, phoneNumber));
    }

    @Operation(operationId = "getTopUpWidget",
            summary = "Read a top-up widget session",
            description = "The session's status as of now (an OPEN widget reads EXPIRED once its 24 hours have passed) and, once "
                    + "COMPLETED, the customer's top-up.")
    @ApiResponse(responseCode = "200", description = "The widget session")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (type invalid-request)")
    @ApiResponse(responseCode = "404", description = "No widget session has this id (type top-up-widget-not-found)")
    @GetMapping("/top-up-widgets/{id}")
    public TopUpWidgetResponse getWidget(@Parameter(description = "The widget session's id, a UUID") @PathVariable("id") String id) {
        TopUpWidgetSessionId sessionId = InvalidFields.parseOne("id", id, TopUpWidgetSessionId::parse);
        return getTopUpWidget.getWidget(sessionId)
                .map(widget -> TopUpWidgetResponse.of(widget, livemode))
                .orElseThrow(() -> new ProblemException(ProblemType.TOP_UP_WIDGET_NOT_FOUND,
                        "No top-up widget " + sessionId + " is known."));
    }
}

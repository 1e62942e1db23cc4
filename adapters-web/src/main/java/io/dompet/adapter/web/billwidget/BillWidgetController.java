package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import io.dompet.adapter.web.problem.FinpayProblems;
import io.dompet.adapter.web.problem.FinpayWidget;
import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.in.GenerateBillWidgetCommand;
import io.dompet.application.port.in.GenerateBillWidgetResult;
import io.dompet.application.port.in.GenerateBillWidgetUseCase;
import io.dompet.application.port.in.GetBillWidgetQuery;
import io.dompet.application.port.in.ListBillersQuery;
import io.dompet.domain.billwidget.BillAmountPrecision;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finpay bill-payment widgets: issuing one for billers of the catalogue, optionally pre-filled with a bill, reading
 * one back, and the biller catalogue.
 *
 * <p>Every field is checked before the use case is called, and every invalid one is named in one
 * {@code invalid-request} problem ({@code productCodes[1]}, {@code billInfo.customerPhone}, {@code timeoutSeconds}), so
 * that a bad request stores nothing and reaches no one. (A value the JSON mapping refuses, e.g. an amount sent as a
 * JSON number, stops reading the body: that field alone is named.) Problems name fields, never repeat their values.
 *
 * <p>Well-formed product codes the catalogue does not know are a 422 {@code unknown-product-code} problem, not a 400:
 * the request is valid, but it names billers dompet cannot offer, as an amount outside Finpay's limits is a 422.
 *
 * <p>The widget's token is a credential: it is shown only inside {@code redirectUrl}, as Finpay made it, and never
 * logged. The bill's personal data is never shown nor logged; Finpay's texts are shown with it hidden.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bill widgets", description = "Finpay's bill-payment widget, issued to a customer for billers of the catalogue")
public class BillWidgetController {

    static final String BILL_WIDGETS = "/api/v1/bill-widgets";

    private final GenerateBillWidgetUseCase generateBillWidget;
    private final GetBillWidgetQuery getBillWidget;
    private final ListBillersQuery listBillers;
    private final FinpayCallGate finpayCalls;
    private final Livemode livemode;
    private final BillAmountPrecision billAmounts;

    public BillWidgetController(GenerateBillWidgetUseCase generateBillWidget, GetBillWidgetQuery getBillWidget,
                                ListBillersQuery listBillers, FinpayCallGate finpayCalls, Livemode livemode,
                                BillAmountPrecision billAmounts) {
        this.generateBillWidget = Objects.requireNonNull(generateBillWidget);
        this.getBillWidget = Objects.requireNonNull(getBillWidget);
        this.listBillers = Objects.requireNonNull(listBillers);
        this.finpayCalls = Objects.requireNonNull(finpayCalls);
        this.livemode = Objects.requireNonNull(livemode);
        this.billAmounts = Objects.requireNonNull(billAmounts);
    }

    @Operation(
            operationId = "issueBillWidget",
            summary = "Issue a bill-payment widget to a customer",
            description = "Asks Finpay for a widget page where the customer pays a bill of one of the given billers (see GET "
                    + "/api/v1/billers), optionally pre-filled with the bill. The widget is stored before Finpay is asked and ends "
                    + "ISSUED (201) or FAILED (502 or 503, naming it in billWidgetId); a failed widget stays FAILED, so ask again "
                    + "for a new one. Unset timeoutSeconds, backUrl, returnUrl and notify take dompet's configured defaults.")
    @ApiResponse(responseCode = "201", description = "Widget issued: the customer's page in redirectUrl, working until expiresAt",
            headers = @Header(name = "Location", description = "The bill widget's URL", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, named in errors (type invalid-request), e.g. "
            + "productCodes[0] or billInfo.customerPhone; nothing was stored")
    @ApiResponse(responseCode = "422", description = "Product codes the biller catalogue does not know (type unknown-product-code, "
            + "listing them in productCodes); nothing was stored")
    @ApiResponse(responseCode = "502", description = "Finpay refused to issue the widget (type finpay-bill-widget-refused, with "
            + "finpayCode, finpayMessage and the FAILED widget's billWidgetId)")
    @ApiResponse(responseCode = "503", description = "Finpay gave no usable answer (type finpay-unavailable, with the FAILED "
            + "widget's billWidgetId); ask for a new widget later. Or this instance is at its limit of concurrent Finpay requests "
            + "or shutting down (type finpay-busy): nothing was stored, send the same request again",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again", schema = @Schema(type = "integer")))
    @PostMapping(path = "/bill-widgets", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<IssuedBillWidgetResponse> generate(@Parameter(hidden = true) HttpServletRequest servletRequest,
                                                             @RequestBody BillWidgetRequest request) {
        GenerateBillWidgetCommand command = request.toCommand(billAmounts);

        GenerateBillWidgetResult result = finpayCalls.call(() -> generateBillWidget.generate(command));
        if (result instanceof GenerateBillWidgetResult.Generated generated) {
            BillWidget widget = generated.widget();
            return ResponseEntity.created(URI.create(servletRequest.getContextPath() + BILL_WIDGETS + "/" + widget.id()))
                    .body(IssuedBillWidgetResponse.of(widget, livemode));
        }
        if (result instanceof GenerateBillWidgetResult.UnknownProductCodes unknown) {
            throw new UnknownProductCodeException(unknown.codes());
        }
        Optional<BillInfo> bill = Optional.ofNullable(command.billInfo());
        BillWidget failed = result instanceof GenerateBillWidgetResult.Refused refused ? refused.widget()
                : ((GenerateBillWidgetResult.Unavailable) result).widget();
        throw FinpayProblems.notIssued(FinpayWidget.BILL_WIDGET, result instanceof GenerateBillWidgetResult.Unavailable,
                failed.id(), "bill widget " + failed.id(), failed.failure().orElseThrow(),
                text -> BillInfoRedaction.redact(text, bill));
    }

    @Operation(operationId = "getBillWidget",
            summary = "Read a bill widget",
            description = "The widget's status as of now (an ISSUED widget reads EXPIRED once expiresAt has passed). With "
                    + "check=true, Finpay's check-token API is asked too, and its answer shown in finpayCheck.")
    @ApiResponse(responseCode = "200", description = "The bill widget")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID, or check is neither true nor false (type invalid-request)")
    @ApiResponse(responseCode = "404", description = "No bill widget has this id (type bill-widget-not-found)")
    @ApiResponse(responseCode = "503", description = "With check=true only: this instance is at its limit of concurrent Finpay "
            + "requests or shutting down (type finpay-busy); read again, or read without check",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before reading again", schema = @Schema(type = "integer")))
    @GetMapping("/bill-widgets/{id}")
    public BillWidgetResponse getBillWidget(
            @Parameter(description = "The bill widget's id, a UUID") @PathVariable("id") String id,
            @Parameter(description = "Whether to ask Finpay's check-token API as well",
                    schema = @Schema(type = "string", allowableValues = {"true", "false"}, defaultValue = "false"))
            @RequestParam(name = "check", required = false) @Nullable String check) {
        InvalidFields invalid = new InvalidFields();
        BillWidgetId widgetId = invalid.parse("id", id, BillWidgetId::parse);
        boolean checkWithFinpay = "true".equals(check);
        if (check != null && !checkWithFinpay && !"false".equals(check)) {
            invalid.add("check", "must be true or false");
        }
        invalid.throwIfAny();

        BillWidgetId found = Objects.requireNonNull(widgetId);
        Optional<BillWidgetResult> widget = checkWithFinpay
                ? finpayCalls.call(() -> getBillWidget.getBillWidget(found, true))
                : getBillWidget.getBillWidget(found, false);
        return widget
                .map(read -> BillWidgetResponse.of(read, livemode))
                .orElseThrow(() -> new ProblemException(ProblemType.BILL_WIDGET_NOT_FOUND, "No bill widget " + found + " is known."));
    }

    @Operation(operationId = "listBillers",
            summary = "List the biller catalogue",
            description = "Every biller a bill widget may offer, with the product code to name it by in productCodes.")
    @ApiResponse(responseCode = "200", description = "The billers")
    @GetMapping("/billers")
    public List<BillerResponse> listBillers() {
        return listBillers.listBillers().stream().map(biller -> BillerResponse.of(biller, livemode)).toList();
    }
}

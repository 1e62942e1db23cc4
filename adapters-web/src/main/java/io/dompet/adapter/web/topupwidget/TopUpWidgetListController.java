package io.dompet.adapter.web.topupwidget;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.resource.ListResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.resource.PageParameters;
import io.dompet.adapter.web.resource.PageParameters.CreatedWindow;
import io.dompet.adapter.web.resource.PageParameters.PageRequest;
import io.dompet.application.port.in.ListTopUpWidgetsQuery;
import io.dompet.application.port.page.TopUpWidgetFilter;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The list of top-up widget sessions, newest first, each as {@code GET /api/v1/top-up-widgets/{id}} shows it. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Top-up widgets")
public class TopUpWidgetListController {

    private final ListTopUpWidgetsQuery listWidgets;
    private final Livemode livemode;

    public TopUpWidgetListController(ListTopUpWidgetsQuery listWidgets, Livemode livemode) {
        this.listWidgets = Objects.requireNonNull(listWidgets);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(operationId = "listTopUpWidgets", summary = "List top-up widget sessions, newest first",
            description = "Pages by cursor (send nextCursor as after). status is the status as a read shows it: an open "
                    + "session past its lifetime is EXPIRED.")
    @ApiResponse(responseCode = "200", description = "A page of widget sessions")
    @ApiResponse(responseCode = "400", description = "An invalid query parameter, named in errors (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/top-up-widgets")
    public ListResponse<TopUpWidgetResponse> list(
            @Parameter(schema = @Schema(allowableValues = {"REQUESTED", "OPEN", "COMPLETED", "EXPIRED", "FAILED"}))
            @RequestParam(name = "status", required = false) @Nullable String status,
            @Parameter(description = "The customer's phone number")
            @RequestParam(name = "phoneNumber", required = false) @Nullable String phoneNumber,
            @Parameter(description = PageParameters.CREATED_FROM_DESCRIPTION, schema = @Schema(format = "date-time"))
            @RequestParam(name = PageParameters.CREATED_FROM, required = false) @Nullable String createdFrom,
            @Parameter(description = PageParameters.CREATED_TO_DESCRIPTION, schema = @Schema(format = "date-time"))
            @RequestParam(name = PageParameters.CREATED_TO, required = false) @Nullable String createdTo,
            @Parameter(description = ListResponse.LIMIT_DESCRIPTION)
            @RequestParam(name = ListResponse.LIMIT, required = false) @Nullable String limit,
            @Parameter(description = ListResponse.AFTER_DESCRIPTION)
            @RequestParam(name = ListResponse.AFTER, required = false) @Nullable String after) {
        InvalidFields invalid = new InvalidFields();
        TopUpWidgetStatus statusFilter = PageParameters.oneOf("status", status, TopUpWidgetStatus.class, invalid);
        PhoneNumber phone = phoneNumber == null ? null : invalid.parse("phoneNumber", phoneNumber, PhoneNumber::parse);
        CreatedWindow created = PageParameters.created(createdFrom, createdTo, invalid);
        PageRequest page = PageParameters.page(limit, after, invalid);
        invalid.throwIfAny();
        return ListResponse.of(listWidgets.listTopUpWidgets(
                new TopUpWidgetFilter(statusFilter, phone, created.from(), created.to()), page.after(), page.limit()),
                result -> TopUpWidgetResponse.of(result, livemode));
    }
}

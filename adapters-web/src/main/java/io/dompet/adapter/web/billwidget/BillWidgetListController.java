package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.resource.ListResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.resource.PageParameters;
import io.dompet.adapter.web.resource.PageParameters.CreatedWindow;
import io.dompet.adapter.web.resource.PageParameters.PageRequest;
import io.dompet.application.port.page.BillWidgetFilter;
import io.dompet.application.port.in.ListBillWidgetsQuery;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidgetStatus;
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

/**
 * The list of bill widgets, newest first, each as {@code GET /api/v1/bill-widgets/{id}} shows it (without Finpay's
 * check-token answer, which only a single read asks for).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bill widgets")
public class BillWidgetListController {

    private final ListBillWidgetsQuery listWidgets;
    private final Livemode livemode;

    public BillWidgetListController(ListBillWidgetsQuery listWidgets, Livemode livemode) {
        this.listWidgets = Objects.requireNonNull(listWidgets);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(operationId = "listBillWidgets", summary = "List bill widgets, newest first",
            description = "Pages by cursor (send nextCursor as after). status is the status as a read shows it: an issued "
                    + "widget past its timeout is EXPIRED. billNumber is the pre-filled bill's.")
    @ApiResponse(responseCode = "200", description = "A page of bill widgets")
    @ApiResponse(responseCode = "400", description = "An invalid query parameter, named in errors (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/bill-widgets")
    public ListResponse<BillWidgetResponse> list(
            @Parameter(schema = @Schema(allowableValues = {"REQUESTED", "ISSUED", "EXPIRED", "FAILED"}))
            @RequestParam(name = "status", required = false) @Nullable String status,
            @Parameter(description = "The pre-filled bill's number")
            @RequestParam(name = "billNumber", required = false) @Nullable String billNumber,
            @Parameter(description = PageParameters.CREATED_FROM_DESCRIPTION, schema = @Schema(format = "date-time"))
            @RequestParam(name = PageParameters.CREATED_FROM, required = false) @Nullable String createdFrom,
            @Parameter(description = PageParameters.CREATED_TO_DESCRIPTION, schema = @Schema(format = "date-time"))
            @RequestParam(name = PageParameters.CREATED_TO, required = false) @Nullable String createdTo,
            @Parameter(description = ListResponse.LIMIT_DESCRIPTION)
            @RequestParam(name = ListResponse.LIMIT, required = false) @Nullable String limit,
            @Parameter(description = ListResponse.AFTER_DESCRIPTION)
            @RequestParam(name = ListResponse.AFTER, required = false) @Nullable String after) {
        InvalidFields invalid = new InvalidFields();
        BillWidgetStatus statusFilter = PageParameters.oneOf("status", status, BillWidgetStatus.class, invalid);
        if (billNumber != null) {
            invalid.check("billNumber", () -> BillInfo.checkBillNumber(billNumber));
        }
        CreatedWindow created = PageParameters.created(createdFrom, createdTo, invalid);
        PageRequest page = PageParameters.page(limit, after, invalid);
        invalid.throwIfAny();
        return ListResponse.of(listWidgets.listBillWidgets(
                new BillWidgetFilter(statusFilter, billNumber, created.from(), created.to()), page.after(), page.limit()),
                result -> BillWidgetResponse.of(result, livemode));
    }
}

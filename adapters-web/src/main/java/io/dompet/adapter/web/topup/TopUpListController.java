package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.adapter.web.resource.ListResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.resource.PageParameters;
import io.dompet.adapter.web.resource.PageParameters.CreatedWindow;
import io.dompet.adapter.web.resource.PageParameters.PageRequest;
import io.dompet.application.port.in.ListTopUpsQuery;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpStatus;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of top-ups, newest first, a page at a time, with filters; the lookups by the client's own
 * {@code Idempotency-Key} and by Finpay's {@code referenceNo} are two more filters of the same list, so they answer in
 * the same shape (an empty list when nothing matches) and combine with the others. Each item is exactly what
 * {@code GET /api/v1/top-ups/{id}} shows ({@link TopUpResponse#of}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Top-ups")
public class TopUpListController {

    private final ListTopUpsQuery listTopUps;
    private final Livemode livemode;

    public TopUpListController(ListTopUpsQuery listTopUps, Livemode livemode) {
        this.listTopUps = Objects.requireNonNull(listTopUps);
        this.livemode = Objects.requireNonNull(livemode);
    }

    @Operation(operationId = "listTopUps", summary = "List top-ups, newest first",
            description = "Pages by cursor: send a page's nextCursor as after for the next one (top-ups created meanwhile "
                    + "neither repeat nor hide one). Every filter given must hold. idempotencyKey finds the calling client's "
                    + "own top-up under that key (or one stored before clients were recorded); referenceNo finds top-ups by "
                    + "Finpay's reference. An invalid filter, cursor or limit is a 400 naming it; nothing is stored.")
    @ApiResponse(responseCode = "200", description = "A page of top-ups, each as GET /api/v1/top-ups/{id} shows it")
    @ApiResponse(responseCode = "400", description = "An invalid query parameter, named in errors (type invalid-request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/top-ups")
    public ListResponse<TopUpResponse> listTopUps(
            @Parameter(hidden = true) @AuthenticationPrincipal String clientName,
            @Parameter(schema = @Schema(allowableValues = {"REQUESTED", "SENDING", "PENDING", "SUCCEEDED", "FAILED"}))
            @RequestParam(name = "status", required = false) @Nullable String status,
            @Parameter(description = "true: only top-ups a person must look at")
            @RequestParam(name = "needsReview", required = false) @Nullable String needsReview,
            @Parameter(description = "The customer's number, in any form a top-up accepts")
            @RequestParam(name = "customerNumber", required = false) @Nullable String customerNumber,
            @Parameter(description = PageParameters.CREATED_FROM_DESCRIPTION, schema = @Schema(format = "date-time"))
            @RequestParam(name = PageParameters.CREATED_FROM, required = false) @Nullable String createdFrom,
            @Parameter(description = PageParameters.CREATED_TO_DESCRIPTION, schema = @Schema(format = "date-time"))
            @RequestParam(name = PageParameters.CREATED_TO, required = false) @Nullable String createdTo,
            @Parameter(description = "The calling client's own Idempotency-Key of a top-up")
            @RequestParam(name = "idempotencyKey", required = false) @Nullable String idempotencyKey,
            @Parameter(description = "Finpay's referenceNo of a top-up")
            @RequestParam(name = "referenceNo", required = false) @Nullable String referenceNo,
            @Parameter(description = ListResponse.LIMIT_DESCRIPTION)
            @RequestParam(name = ListResponse.LIMIT, required = false) @Nullable String limit,
            @Parameter(description = ListResponse.AFTER_DESCRIPTION)
            @RequestParam(name = ListResponse.AFTER, required = false) @Nullable String after) {
        InvalidFields invalid = new InvalidFields();
        TopUpStatus statusFilter = PageParameters.oneOf("status", status, TopUpStatus.class, invalid);
        Boolean needsReviewFilter = PageParameters.bool("needsReview", needsReview, invalid);
        PhoneNumber customer = customerNumber == null ? null
                : invalid.parse("customerNumber", customerNumber, PhoneNumber::parse);
        CreatedWindow created = PageParameters.created(createdFrom, createdTo, invalid);
        IdempotencyKey key = idempotencyKey == null ? null
                : invalid.parse("idempotencyKey", idempotencyKey, IdempotencyKey::new);
        if (referenceNo != null && !TopUp.isStorableReferenceNo(referenceNo)) {
            invalid.add("referenceNo", "referenceNo must be 1 to " + TopUp.REFERENCE_NO_MAX_LENGTH
                    + " characters without control characters");
        }
        PageRequest page = PageParameters.page(limit, after, invalid);
        invalid.throwIfAny();

        TopUpFilter filter = new TopUpFilter(statusFilter, needsReviewFilter, customer, created.from(), created.to(),
                referenceNo, key, new ApiClient(clientName));
        return ListResponse.of(listTopUps.listTopUps(filter, page.after(), page.limit()),
                topUp -> TopUpResponse.of(topUp, livemode));
    }
}

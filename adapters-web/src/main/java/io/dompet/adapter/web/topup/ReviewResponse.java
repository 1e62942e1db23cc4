package io.dompet.adapter.web.topup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.domain.topup.Review;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One audited operator decision.
 *
 * @param id           the decision's id
 * @param subjectId    the top-up (or notification conflict) decided about
 * @param reviewer     the API client whose key made the decision
 * @param action       {@code recheck}, {@code succeed}, {@code fail} or {@code acknowledge}
 * @param reason       why, as the operator wrote it
 * @param referenceNo  Finpay's referenceNo the operator gave to succeed a top-up
 * @param statusBefore the status before the decision
 * @param statusAfter  the status after it
 * @param reviewedAt   when, on dompet's database clock
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "subjectId", "reviewer", "action", "reason", "referenceNo", "statusBefore",
        "statusAfter", "reviewedAt", Livemode.MEMBER})
public record ReviewResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String subjectId,
        @Schema(example = "ops") String reviewer,
        @Schema(allowableValues = {"recheck", "succeed", "fail", "acknowledge"}) String action,
        @Schema(nullable = true) @Nullable String reason,
        @Schema(nullable = true) @Nullable String referenceNo,
        @Schema(example = "PENDING") String statusBefore,
        @Schema(example = "SUCCEEDED") String statusAfter,
        @Schema(format = "date-time") String reviewedAt,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    public static ReviewResponse of(Review review, Livemode livemode) {
        return new ReviewResponse(review.id().toString(), review.subjectId().toString(), review.reviewer().name(),
                review.action().wireName(), review.reason(), review.referenceNo(), review.statusBefore(),
                review.statusAfter(), review.reviewedAt().toString(), livemode.live());
    }
}

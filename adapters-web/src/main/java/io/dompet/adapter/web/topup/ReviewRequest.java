package io.dompet.adapter.web.topup;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An operator's review of a top-up.
 *
 * @param action      {@code recheck}, {@code succeed} or {@code fail}
 * @param referenceNo Finpay's referenceNo of the top-up: required to {@code succeed}, not given otherwise
 * @param reason      why: required to {@code succeed} or {@code fail}
 */
@Schema(requiredProperties = {"action"})
public record ReviewRequest(
        @Schema(allowableValues = {"recheck", "succeed", "fail"}) @Nullable String action,
        @Schema(nullable = true, example = "2211150005490937") @Nullable String referenceNo,
        @Schema(nullable = true, maxLength = 500, example = "Finpay's statement of 24 November shows it credited")
        @Nullable String reason) {
}

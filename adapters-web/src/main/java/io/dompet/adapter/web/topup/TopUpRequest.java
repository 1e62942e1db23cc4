package io.dompet.adapter.web.topup;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/top-ups}. Both fields are read as domain values by the JSON mapping, which refuses
 * an invalid one naming its field; a missing one is null here and refused by the controller.
 *
 * @param customerNumber the customer's Finpay Money number: {@code 08…}, {@code 628…} or {@code +628…}
 * @param amount a JSON string with up to two decimals ({@code "50000"}, {@code "50000.00"}); JSON numbers are refused
 */
@Schema(requiredProperties = {"customerNumber", "amount"})
public record TopUpRequest(
        @Schema(implementation = String.class, description = "The customer's Finpay Money number: 08…, 628… or +628…",
                example = "081234567890")
        @Nullable PhoneNumber customerNumber,
        @Schema(implementation = String.class, description = "A decimal string with up to two decimals; JSON numbers are refused",
                example = "50000.00", pattern = "^\\d{1,15}(\\.\\d{1,2})?$")
        @Nullable Money amount) {
}

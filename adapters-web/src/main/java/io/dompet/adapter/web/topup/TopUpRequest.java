package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.json.DomainJacksonModule;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/v1/top-ups}. Both fields are read as JSON strings (the JSON mapping refuses another
 * JSON type, naming the field) and parsed by the controller into domain values, which names every missing or invalid
 * one at once.
 *
 * @param customerNumber the customer's Finpay Money number: {@code 08…}, {@code 628…} or {@code +628…}
 * @param amount a JSON string with up to two decimals ({@code "50000"}, {@code "50000.00"}); JSON numbers are refused
 */
@Schema(requiredProperties = {"customerNumber", "amount"})
public record TopUpRequest(
        @Schema(implementation = String.class, description = DomainJacksonModule.PhoneNumberText.DESCRIPTION,
                example = "081234567890")
        @JsonDeserialize(using = DomainJacksonModule.PhoneNumberText.class) @Nullable String customerNumber,
        @Schema(implementation = String.class, description = DomainJacksonModule.MoneyText.DESCRIPTION,
                example = "50000.00", pattern = DomainJacksonModule.MoneyText.PATTERN)
        @JsonDeserialize(using = DomainJacksonModule.MoneyText.class) @Nullable String amount) {
}

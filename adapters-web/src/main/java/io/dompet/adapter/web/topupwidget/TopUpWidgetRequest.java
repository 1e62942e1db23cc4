package io.dompet.adapter.web.topupwidget;

import io.dompet.adapter.web.json.DomainJacksonModule;
import io.dompet.domain.shared.PhoneNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/top-up-widgets}. The number is read as a domain value by the JSON mapping, which
 * refuses an invalid one naming its field; a missing one is null here and refused by the controller.
 *
 * @param phoneNumber the customer's Finpay Money number: {@code 08…}, {@code 628…} or {@code +628…}
 */
@Schema(requiredProperties = {"phoneNumber"})
public record TopUpWidgetRequest(
        @Schema(implementation = String.class, description = DomainJacksonModule.PhoneNumberText.DESCRIPTION,
                example = "081234567890")
        @Nullable PhoneNumber phoneNumber) {
}

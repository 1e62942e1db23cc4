package io.dompet.adapter.web.billwidget;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dompet.domain.billwidget.BillWidget;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/v1/bill-widgets}. Each value is read only in its own JSON type ({@link StrictJson}) and
 * checked by the controller with the domain's rules ({@link BillWidget}, {@code BillInfo}), naming each invalid field; only {@code productCodes} is required.
 *
 * @param productCodes the billers the widget offers: 1 to 999 distinct six-digit codes of the catalogue
 * @param billInfo the bill the widget is pre-filled with, if any
 * @param timeoutSeconds how long the widget's link works, 30 to 86400 seconds; dompet's default when absent
 * @param backUrl where Finpay's page sends the customer back to; dompet's default when absent
 * @param returnUrl where Finpay's page sends the customer after paying; dompet's default when absent
 * @param notification {@code notify} in JSON: whether Finpay notifies dompet of the payment; dompet's default when absent
 */
@Schema(requiredProperties = {"productCodes"})
public record BillWidgetRequest(
        @ArraySchema(minItems = 1, maxItems = BillWidget.MAX_PRODUCT_CODES, uniqueItems = true,
                schema = @Schema(type = "string", pattern = "^[0-9]{6}$", example = "080003",
                        description = "A product code of the biller catalogue (GET /api/v1/billers)"))
        @JsonDeserialize(contentUsing = StrictJson.Text.class) @Nullable List<@Nullable String> productCodes,
        @Schema(nullable = true, description = "The bill the widget is pre-filled with")
        @Nullable BillInfoRequest billInfo,
        @Schema(types = {"integer", "null"}, format = "int32", minimum = "30", maximum = "86400", example = "3600",
                description = "How long the widget's link works, in seconds; dompet's default when absent")
        @JsonDeserialize(using = StrictJson.WholeNumber.class) @Nullable Integer timeoutSeconds,
        @Schema(nullable = true, format = "uri", maxLength = BillWidget.MAX_URL_LENGTH, pattern = "^https?://\\S+$",
                example = "https://merchant.example/bills",
                description = "Where Finpay's page sends the customer back to; dompet's default when absent")
        @JsonDeserialize(using = StrictJson.Text.class) @Nullable String backUrl,
        @Schema(nullable = true, format = "uri", maxLength = BillWidget.MAX_URL_LENGTH, pattern = "^https?://\\S+$",
                example = "https://merchant.example/bills/paid",
                description = "Where Finpay's page sends the customer after paying; dompet's default when absent")
        @JsonDeserialize(using = StrictJson.Text.class) @Nullable String returnUrl,
        @JsonProperty("notify")
        @Schema(nullable = true, description = "Whether Finpay notifies dompet of the payment; dompet's default when absent")
        @JsonDeserialize(using = StrictJson.Flag.class) @Nullable Boolean notification) {
}

package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.json.DomainJacksonModule;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The bill of {@code POST /api/v1/bill-widgets}, {@code billInfo}: {@code billNumber} is required, the rest is
 * optional. The amount is read as a domain value by the JSON mapping, which refuses a JSON number naming
 * {@code billInfo.amount}; the other values are read only as JSON strings ({@link StrictJson}) and checked by the
 * domain when the controller builds the bill.
 *
 * @param billNumber the customer's number at the biller: 1 to 32 letters or digits
 * @param amount a JSON string with up to two decimals ({@code "150000.00"}); {@code "0"} lets the biller say
 * @param period the billing period: 1 to 10 letters or digits
 * @param customerName 1 to 100 printable characters
 * @param customerPhone 6 to 15 digits
 * @param customerEmail an e-mail address of at most 100 characters
 */
@Schema(requiredProperties = {"billNumber"})
public record BillInfoRequest(
        @Schema(pattern = "^[A-Za-z0-9]{1,32}$", example = "0001234567890") @JsonDeserialize(using = StrictJson.Text.class) @Nullable String billNumber,
        @Schema(implementation = String.class, nullable = true, pattern = DomainJacksonModule.MoneyText.PATTERN,
                example = "150000.00", description = DomainJacksonModule.MoneyText.DESCRIPTION)
        @Nullable Money amount,
        @Schema(nullable = true, pattern = "^[A-Za-z0-9]{1,10}$", example = "202404") @JsonDeserialize(using = StrictJson.Text.class) @Nullable String period,
        @Schema(nullable = true, minLength = 1, maxLength = BillInfo.MAX_CUSTOMER_NAME_LENGTH, example = "Budi Santoso") @JsonDeserialize(using = StrictJson.Text.class) @Nullable String customerName,
        @Schema(nullable = true, pattern = "^[0-9]{6,15}$", example = "081234567890") @JsonDeserialize(using = StrictJson.Text.class) @Nullable String customerPhone,
        @Schema(nullable = true, format = "email", maxLength = BillInfo.MAX_CUSTOMER_EMAIL_LENGTH, example = "budi@example.com") @JsonDeserialize(using = StrictJson.Text.class) @Nullable String customerEmail) {

    /** Without personal data. */
    @Override
    public String toString() {
        return "BillInfoRequest[billNumber=…, amount=" + amount + "]";
    }
}

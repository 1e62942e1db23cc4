package io.dompet.adapter.web.billwidget;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.application.port.in.GenerateBillWidgetCommand;
import io.dompet.domain.billwidget.BillAmountPrecision;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.ProductCode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/v1/bill-widgets}. Each value is read only in its own JSON type ({@link StrictJson}) and
 * checked with the domain's rules ({@link BillWidget}, {@code BillInfo}) by {@link #toCommand}, naming each invalid field;
 * only {@code productCodes} is required.
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

    /** The use case's command, or an {@code invalid-request} problem naming every invalid field. */
    GenerateBillWidgetCommand toCommand(BillAmountPrecision billAmounts) {
        InvalidFields invalid = new InvalidFields();
        List<ProductCode> codes = checkedProductCodes(productCodes, invalid);
        BillInfo bill = checkedBillInfo(billInfo, billAmounts, invalid);
        Duration timeout = timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds);
        if (timeout != null) {
            invalid.check("timeoutSeconds", () -> BillWidget.checkTimeout(timeout));
        }
        for (String field : List.of("backUrl", "returnUrl")) {
            String url = field.equals("backUrl") ? backUrl : returnUrl;
            if (url != null) {
                invalid.check(field, () -> BillWidget.requireUrl(url, field));
            }
        }
        invalid.throwIfAny();
        return new GenerateBillWidgetCommand(codes, bill, timeout, backUrl, returnUrl, notification);
    }

    /** The product codes, each named by its index when it is missing, malformed or a repeat. */
    private static List<ProductCode> checkedProductCodes(@Nullable List<@Nullable String> raw, InvalidFields invalid) {
        if (invalid.required("productCodes", raw) == null
                || !invalid.check("productCodes", () -> BillWidget.checkProductCodeCount(raw.size()))) {
            return List.of();
        }
        List<ProductCode> codes = new ArrayList<>();
        Map<ProductCode, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "productCodes[" + i + "]";
            String value = invalid.required(field, raw.get(i));
            ProductCode code = value == null ? null : invalid.parse(field, value, ProductCode::new);
            if (code != null) {
                Integer earlier = firstIndex.putIfAbsent(code, i);
                if (earlier != null) {
                    invalid.add(field, "repeats productCodes[" + earlier + "]");
                } else {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /**
     * The bill, or null when none was sent or it is invalid; each field is checked by its own domain rule, the amount
     * also by the amounts Finpay is configured to receive ({@code billAmounts}).
     */
    private static @Nullable BillInfo checkedBillInfo(@Nullable BillInfoRequest bill, BillAmountPrecision billAmounts,
                                                      InvalidFields invalid) {
        if (bill == null) {
            return null;
        }
        String billNumber = invalid.required("billInfo.billNumber", bill.billNumber());
        boolean valid = billNumber != null && invalid.check("billInfo.billNumber", () -> BillInfo.checkBillNumber(billNumber));
        valid &= invalid.check("billInfo.amount", () -> billAmounts.check(bill.amount()));
        valid &= invalid.check("billInfo.period", () -> BillInfo.checkPeriod(bill.period()));
        valid &= invalid.check("billInfo.customerName", () -> BillInfo.checkCustomerName(bill.customerName()));
        valid &= invalid.check("billInfo.customerPhone", () -> BillInfo.checkCustomerPhone(bill.customerPhone()));
        valid &= invalid.check("billInfo.customerEmail", () -> BillInfo.checkCustomerEmail(bill.customerEmail()));
        return valid ? new BillInfo(Objects.requireNonNull(billNumber), bill.amount(), bill.period(),
                bill.customerName(), bill.customerPhone(), bill.customerEmail()) : null;
    }
}

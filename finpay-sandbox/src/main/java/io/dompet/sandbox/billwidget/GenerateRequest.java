package io.dompet.sandbox.billwidget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.BillWidgetVariant.BillAmountFormat;
import io.dompet.sandbox.config.MerchantIdField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A Generate Widget request whose fields are all well-formed (PROTOCOL.md §4). {@link #read(JsonNode)} checks them
 * in the documented order and refuses the first bad one: absent, {@code null} or {@code ""} →
 * {@code 4000002 Invalid Mandatory Field {name}}; another type, too long or out of format →
 * {@code 4000001 Invalid Field Format {name}}. Whether the merchant, signature, timestamp window and product codes
 * are acceptable is decided afterwards.
 *
 * @param merchantId   the value of the configured merchant-id field ({@code merchantId} or {@code username})
 * @param timestamp    the {@code timestamp} read as Jakarta time
 * @param billInfo     {@code null} when none was sent
 * @param timeout      how long the widget's token lives
 */
record GenerateRequest(String backUrl, String trxId, String merchantId, String uniqKey, String returnUrl,
                       Instant timestamp, List<String> productCodes, String terminal, String terminalName,
                       BillInfo billInfo, boolean isNotif, Duration timeout, String merchantSignature) {

    static final int MAX_PRODUCT_CODES = 999;
    static final long MIN_TIMEOUT_SECONDS = 30;
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    private static final Logger log = LoggerFactory.getLogger(GenerateRequest.class);
    private static final Pattern PRODUCT_CODE = Pattern.compile("\\d{6}");
    private static final Pattern TIMEOUT = Pattern.compile("\\d{1,10}");
    private static final Pattern DECIMAL_AMOUNT = Pattern.compile("\\d{1,16}\\.\\d{2}");
    private static final Pattern INTEGER_AMOUNT = Pattern.compile("\\d{1,16}");
    private static final Set<String> BILL_FIELDS =
            Set.of("billNumber", "amount", "period", "customerName", "customerPhone", "customerEmail");

    GenerateRequest {
        productCodes = List.copyOf(productCodes);
    }

    /**
     * Reads and checks every field of {@code body} (a JSON object), the merchant id from {@code merchantIdField}
     * alone.
     */
    static GenerateRequest read(JsonNode body, BillWidgetVariant variant) {
        String backUrl = text(body, "backUrl", 100, value -> true);
        String trxId = text(body, "trxId", 32, value -> true);
        String merchantId = merchantId(body, variant.merchantIdField());
        String uniqKey = text(body, "uniqKey", 32, value -> true);
        String returnUrl = text(body, "returnUrl", 100, value -> true);
        Instant timestamp = WidgetTime.parse(text(body, "timestamp", 19, value -> WidgetTime.parse(value).isPresent()))
                .orElseThrow();
        List<String> productCodes = productCodes(body);
        String terminal = text(body, "terminal", 8, value -> true);
        String terminalName = text(body, "terminalName", 20, value -> true);
        BillInfo billInfo = billInfo(body.get("billInfo"), variant.billAmountFormat());
        boolean isNotif = isNotif(body);
        String timeout = text(body, "timeout", 10, value -> TIMEOUT.matcher(value).matches()
                && Long.parseLong(value) >= MIN_TIMEOUT_SECONDS && Long.parseLong(value) <= MAX_TIMEOUT_SECONDS);
        String signature = text(body, MerchantSignature.FIELD, 100, value -> true);
        return new GenerateRequest(backUrl, trxId, merchantId, uniqKey, returnUrl, timestamp, productCodes, terminal,
                terminalName, billInfo, isNotif, Duration.ofSeconds(Long.parseLong(timeout)), signature);
    }

    /**
     * The merchant id from the expected field alone: the other field present → {@code {other}} format (logged with
     * the field expected, as a Finpay that knows one field would refuse it); the expected one absent → missing.
     */
    private static String merchantId(JsonNode body, MerchantIdField expected) {
        String other = expected.other().field();
        if (body.has(other)) {
            log.info("Finpay sandbox bill widget generate: field {} refused, expected the merchant id in {}", other,
                    expected.field());
            throw WidgetError.invalidFormat(other).rejection();
        }
        return text(body, expected.field(), 100, value -> true);
    }

    private static List<String> productCodes(JsonNode body) {
        JsonNode codes = body.get("productCodes");
        if (codes == null || codes.isNull() || (codes.isArray() && codes.isEmpty())) {
            throw WidgetError.missing("productCodes").rejection();
        }
        if (!codes.isArray() || codes.size() > MAX_PRODUCT_CODES) {
            throw WidgetError.invalidFormat("productCodes").rejection();
        }
        List<String> result = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            JsonNode code = codes.get(i);
            if (!code.isString() || !PRODUCT_CODE.matcher(code.stringValue()).matches()) {
                throw WidgetError.invalidFormat("productCodes[" + i + "]").rejection();
            }
            result.add(code.stringValue());
        }
        return result;
    }

    private static BillInfo billInfo(JsonNode bill, BillAmountFormat amountFormat) {
        if (bill == null || bill.isNull()) {
            return null;
        }
        if (!bill.isObject() || bill.isEmpty()) {
            throw WidgetError.invalidFormat("billInfo").rejection();
        }
        for (Map.Entry<String, JsonNode> field : bill.properties()) {
            if (!BILL_FIELDS.contains(field.getKey())) {
                throw WidgetError.invalidFormat("billInfo." + field.getKey()).rejection();
            }
        }
        return new BillInfo(
                text(bill, "billInfo.", "billNumber", 64, value -> true),
                optionalText(bill, "amount", 19, value -> isAmount(value, amountFormat)),
                optionalText(bill, "period", 20, value -> true),
                optionalText(bill, "customerName", 100, value -> true),
                optionalText(bill, "customerPhone", 20, value -> true),
                optionalText(bill, "customerEmail", 100, value -> true));
    }

    /** Whether {@code value} is written in the one format accepted (logged with that format when it is not). */
    private static boolean isAmount(String value, BillAmountFormat format) {
        Pattern pattern = format == BillAmountFormat.DECIMAL ? DECIMAL_AMOUNT : INTEGER_AMOUNT;
        if (pattern.matcher(value).matches()) {
            return true;
        }
        log.info("Finpay sandbox bill widget generate: billInfo.amount {} refused, expected {} ({})", value, format,
                format == BillAmountFormat.DECIMAL ? "15000.00" : "15000");
        return false;
    }

    private static boolean isNotif(JsonNode body) {
        JsonNode node = body.get("isNotif");
        if (node == null || node.isNull()) {
            throw WidgetError.missing("isNotif").rejection();
        }
        if (!node.isBoolean()) {
            throw WidgetError.invalidFormat("isNotif").rejection();
        }
        return node.booleanValue();
    }

    private static String text(JsonNode object, String name, int maxLength, Predicate<String> format) {
        return text(object, "", name, maxLength, format);
    }

    /** A mandatory string of 1 to {@code maxLength} characters (code points) in {@code format}. */
    private static String text(JsonNode object, String prefix, String name, int maxLength, Predicate<String> format) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
            throw WidgetError.missing(prefix + name).rejection();
        }
        String value = node.isString() ? node.stringValue() : null;
        if (value == null || value.codePointCount(0, value.length()) > maxLength || !format.test(value)) {
            throw WidgetError.invalidFormat(prefix + name).rejection();
        }
        return value;
    }

    /** An optional {@code billInfo} string: absent, {@code null} or {@code ""} → {@code null}. */
    private static String optionalText(JsonNode bill, String name, int maxLength, Predicate<String> format) {
        JsonNode node = bill.get(name);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
            return null;
        }
        return text(bill, "billInfo.", name, maxLength, format);
    }

    /** Whether a bill was sent (the check answer's {@code includeBill}). */
    boolean includesBill() {
        return billInfo != null;
    }

    /** No signature and no customer data: safe to log. */
    @Override
    public String toString() {
        return "GenerateRequest[trxId=" + trxId + ", merchantId=" + merchantId + ", productCodes=" + productCodes
                + ", terminal=" + terminal + ", billInfo=" + billInfo + ", isNotif=" + isNotif + ", timeout="
                + timeout.toSeconds() + "s]";
    }
}

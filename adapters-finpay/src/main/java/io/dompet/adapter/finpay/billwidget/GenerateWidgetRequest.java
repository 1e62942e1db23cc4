package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.signature.BillWidgetSigner;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.domain.billwidget.ProductCode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Body of {@code POST /v1/widget/generate} ("Generate Request"), without its {@code merchantSignature}.
 *
 * <p>The body is built once as a JSON tree and written once by {@link #JSON}; the signature's text of
 * {@code productCodes} and {@code billInfo} is written by the same mapper from the same tree nodes, so it is exactly
 * the text the body carries (same member order, same escaping). Never shows personal data in {@link #toString()}.
 */
record GenerateWidgetRequest(String backUrl, String trxId, String merchantId, String uniqKey, String returnUrl,
                             String timestamp, List<String> productCodes, String terminal, String terminalName,
                             @Nullable BillInfo billInfo, boolean isNotif, String timeout) {

    /**
     * Writes the body and the JSON text of the arrays and objects the signature covers: compact, {@code /} and
     * non-ASCII letters not escaped.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** Finpay's {@code YYYY-MM-DD HH:mm:ss}, Jakarta time. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Jakarta"));

    GenerateWidgetRequest {
        productCodes = List.copyOf(productCodes);
    }

    /** Finpay's {@code billInfo} object; absent members are left out of the JSON. */
    record BillInfo(String billNumber, @Nullable String amount, @Nullable String period, @Nullable String customerName,
                    @Nullable String customerPhone, @Nullable String customerEmail) {

        static @Nullable BillInfo of(io.dompet.domain.billwidget.@Nullable BillInfo bill, BillAmountFormat amountFormat) {
            if (bill == null) {
                return null;
            }
            return new BillInfo(bill.billNumber(), bill.amount() == null ? null : amountFormat.format(bill.amount()),
                    bill.period(), bill.customerName(), bill.customerPhone(), bill.customerEmail());
        }

        /** In the order of Finpay's sample: billNumber, amount, period, customerName, customerPhone, customerEmail. */
        ObjectNode toJson() {
            ObjectNode json = JSON.createObjectNode();
            json.put("billNumber", billNumber);
            putIfPresent(json, "amount", amount);
            putIfPresent(json, "period", period);
            putIfPresent(json, "customerName", customerName);
            putIfPresent(json, "customerPhone", customerPhone);
            putIfPresent(json, "customerEmail", customerEmail);
            return json;
        }

        private static void putIfPresent(ObjectNode json, String name, @Nullable String value) {
            if (value != null) {
                json.put(name, value);
            }
        }

        /** Without the customer's name, phone or e-mail. */
        @Override
        public String toString() {
            return "BillInfo[billNumber=" + billNumber + ", amount=" + amount + "]";
        }
    }

    /**
     * The request for the port's {@code request}, with the terminal, the merchant id and the bill amount format of
     * {@code settings}.
     */
    static GenerateWidgetRequest of(BillWidgetPort.GenerateRequest request, BillWidgetSettings settings) {
        return new GenerateWidgetRequest(request.backUrl(), request.trxId(), settings.merchantId(), request.uniqKey(),
                request.returnUrl(), TIMESTAMP.format(request.requestedAt()),
                request.productCodes().stream().map(ProductCode::value).toList(), settings.terminal(),
                settings.terminalName(), BillInfo.of(request.billInfo(), settings.billAmountFormat()), request.isNotif(),
                Long.toString(request.timeout().toSeconds()));
    }

    /** The JSON object sent, without {@code merchantSignature}, with the merchant id under {@code field}'s name. */
    ObjectNode toJson(MerchantIdField field) {
        ObjectNode json = JSON.createObjectNode();
        json.put("backUrl", backUrl);
        json.put("trxId", trxId);
        json.put(field.fieldName(), merchantId);
        json.put("uniqKey", uniqKey);
        json.put("returnUrl", returnUrl);
        json.put("timestamp", timestamp);
        ArrayNode codes = json.putArray("productCodes");
        productCodes.forEach(codes::add);
        json.put("terminal", terminal);
        json.put("terminalName", terminalName);
        if (billInfo != null) {
            json.set("billInfo", billInfo.toJson());
        }
        json.put("isNotif", isNotif);
        json.put("timeout", timeout);
        return json;
    }

    /**
     * Each field's value as the signature takes it (§4.1): strings as they are, booleans, arrays and objects as
     * {@code style} writes them ({@link SignatureValueStyle#JSON}: the compact JSON text {@link #JSON} writes for them,
     * which is the text they have in the body). Holds personal data: never log it.
     *
     * @throws IllegalArgumentException for a value of another kind (a number or null), which this request never has
     */
    static Map<String, String> signedValues(ObjectNode json, SignatureValueStyle style) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            JsonNode value = field.getValue();
            String text;
            if (value.isString()) {
                text = value.stringValue();
            } else if (value.isBoolean() || value.isArray() || value.isObject()) {
                text = style.text(value);
            } else {
                throw new IllegalArgumentException("field " + field.getKey() + " has a value the signature cannot take");
            }
            values.put(field.getKey(), text);
        }
        return values;
    }

    /** The body to send: {@link #toJson} with its {@code merchantSignature}, written once, and that signature. */
    Signed sign(MerchantIdField field, SignatureValueStyle style, BillWidgetSigner signer) {
        ObjectNode json = toJson(field);
        String signature = signer.sign(signedValues(json, style));
        json.put(BillWidgetSigner.SIGNATURE_FIELD, signature);
        return new Signed(JSON.writeValueAsBytes(json), signature);
    }

    /** The exact bytes sent, and the signature they carry. Shows neither. */
    record Signed(byte[] body, String signature) {

        Signed {
            Objects.requireNonNull(body);
            Objects.requireNonNull(signature);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signed that && java.util.Arrays.equals(body, that.body)
                    && signature.equals(that.signature);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(body) + signature.hashCode();
        }

        @Override
        public String toString() {
            return "Signed[" + body.length + " bytes, merchantSignature=(redacted)]";
        }
    }

    /** Without the customer's data. */
    @Override
    public String toString() {
        return "GenerateWidgetRequest[trxId=" + trxId + ", uniqKey=" + uniqKey + ", merchantId=" + merchantId
                + ", timestamp=" + timestamp + ", productCodes=" + productCodes + ", terminal=" + terminal
                + ", billInfo=" + billInfo + ", isNotif=" + isNotif + ", timeout=" + timeout + "]";
    }
}

package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.transport.JsonAnswers;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answer of {@code GET /v1/widget/check/{token}}:
 * {@code {"data":{"includeBill","productCodes","reqId","trxId"},"stat_code","stat_msg"}}. Read field by field, in
 * either shape Finpay shows: its table's ({@code "productCodes":["010001"]}, {@code "includeBill":false}) or its
 * samples' ({@code "productCodes":"010001"} or comma-joined {@code "010001,080003"}, {@code "includeBill":"false"}).
 *
 * @param productCodes the product codes, or {@code null} when {@code data.productCodes} is missing, neither an array
 *                     of strings nor a string, or has an empty code
 * @param includeBill  {@code data.includeBill} (a boolean, or the string {@code true}/{@code false}); {@code false}
 *                     when missing or null; {@code null} when of another type
 */
record CheckTokenResponse(@Nullable String statCode, @Nullable String statMsg, boolean hasData,
                          @Nullable List<String> productCodes, @Nullable Boolean includeBill, @Nullable String trxId,
                          @Nullable String reqId) {

    static CheckTokenResponse from(JsonNode body) {
        JsonNode data = body.get("data");
        boolean hasData = data != null && data.isObject();
        return new CheckTokenResponse(JsonAnswers.code(body, "stat_code"), JsonAnswers.string(body, "stat_msg"),
                hasData, hasData ? productCodes(data.get("productCodes")) : null,
                hasData ? includeBill(data.get("includeBill")) : null,
                JsonAnswers.string(data, "trxId"), JsonAnswers.string(data, "reqId"));
    }

    private static @Nullable List<String> productCodes(@Nullable JsonNode node) {
        if (node != null && node.isString()) {
            return codes(List.of(node.stringValue().split(",", -1)));
        }
        if (node == null || !node.isArray()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode code : node) {
            if (!code.isString()) {
                return null;
            }
            codes.add(code.stringValue());
        }
        return codes(codes);
    }

    /** The codes stripped of surrounding spaces; {@code null} when there are none or one is empty. */
    private static @Nullable List<String> codes(List<String> texts) {
        List<String> codes = texts.stream().map(String::strip).toList();
        return codes.isEmpty() || codes.stream().anyMatch(String::isEmpty) ? null : codes;
    }

    private static @Nullable Boolean includeBill(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Boolean.FALSE;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString() && (node.stringValue().equals("true") || node.stringValue().equals("false"))) {
            return Boolean.valueOf(node.stringValue());
        }
        return null;
    }
}

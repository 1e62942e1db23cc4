package io.dompet.sandbox.billwidget;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * Plays dompet against the sandbox's bill widget, with its own signing code (JDK {@link MessageDigest}, no sandbox
 * code): values sorted by field name, strings as they are, booleans {@code true}/{@code false}, arrays and objects as
 * the compact JSON this client sends; each upper-cased and followed by {@code %}; the merchant key; SHA-256 hex.
 */
final class BillWidgetTestClient {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private String merchantKey = SandboxCredentials.BILL_MERCHANT_KEY;
    private boolean upperCase;

    BillWidgetTestClient(URI sandboxBaseUrl) {
        this.base = sandboxBaseUrl;
    }

    BillWidgetTestClient withMerchantKey(String merchantKey) {
        this.merchantKey = merchantKey;
        return this;
    }

    BillWidgetTestClient withUpperCaseSignature() {
        this.upperCase = true;
        return this;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(ZoneId.of("Asia/Jakarta")));
    }

    static String id() {
        return Long.toString(IDS.incrementAndGet());
    }

    /** A Generate Widget request with a bill, fresh {@code trxId} and {@code uniqKey}, unsigned. */
    static Map<String, Object> fields(Instant now) {
        Map<String, Object> fields = fieldsWithoutBill(now);
        fields.remove("isNotif");
        fields.remove("timeout");
        Map<String, Object> bill = new LinkedHashMap<>();
        bill.put("billNumber", "8888800393834857");
        bill.put("amount", "150000.00");
        bill.put("period", "01");
        bill.put("customerName", "Siti Nurhaliza");
        bill.put("customerPhone", "081234567890");
        bill.put("customerEmail", "siti@example.com");
        fields.put("billInfo", bill);
        fields.put("isNotif", true);
        fields.put("timeout", "30");
        return fields;
    }

    /** A Generate Widget request without a bill, for {@code 080003} and {@code 070001}, unsigned. */
    static Map<String, Object> fieldsWithoutBill(Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backUrl", "https://merchant.example/back");
        fields.put("trxId", "TRX" + id());
        fields.put("merchantId", SandboxCredentials.BILL_MERCHANT_ID);
        fields.put("uniqKey", "U" + id());
        fields.put("returnUrl", "https://merchant.example/return");
        fields.put("timestamp", timestamp(now));
        fields.put("productCodes", List.of("080003", "070001"));
        fields.put("terminal", "48511");
        fields.put("terminalName", "Loket Bidakara");
        fields.put("isNotif", false);
        fields.put("timeout", "1800");
        return fields;
    }

    /** {@code fields} with its {@code merchantSignature} added (replacing one there). */
    Map<String, Object> signed(Map<String, Object> fields) {
        Map<String, Object> signed = new LinkedHashMap<>(fields);
        signed.remove("merchantSignature");
        signed.put("merchantSignature", signature(signed));
        return signed;
    }

    String signature(Map<String, Object> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!name.equals("merchantSignature")) {
                String plain = value instanceof String string ? string
                        : value instanceof Boolean bool ? bool.toString() : Json.writeString(value);
                text.append(plain.toUpperCase(Locale.ROOT)).append('%');
            }
        });
        text.append(merchantKey);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            HexFormat hex = upperCase ? HexFormat.of().withUpperCase() : HexFormat.of();
            return hex.formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> generate(Map<String, Object> body) throws Exception {
        return generateText(Json.writeString(body));
    }

    HttpResponse<String> generateText(String body) throws Exception {
        return generateText(body, "application/json");
    }

    HttpResponse<String> generateText(String body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/widget/generate"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Generates a widget from {@code fields} (signed here) and answers the token of its {@code redirectURL}. */
    String token(Map<String, Object> fields) throws Exception {
        HttpResponse<String> answer = generate(signed(fields));
        if (answer.statusCode() != 200) {
            throw new AssertionError("generate answered " + answer.statusCode() + " " + answer.body());
        }
        String url = json(answer).get("data").get("redirectURL").asString();
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> check(String token) throws Exception {
        return get("/v1/widget/check/" + token);
    }

    HttpResponse<String> page(String token) throws Exception {
        return get("/billwidget?token=" + token);
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.readTree(response.body().getBytes(StandardCharsets.UTF_8));
    }

    /** Finpay's nested error body. */
    static String error(String responseCode, String statCode, String message) {
        return "{\"data\":{\"responseCode\":\"" + responseCode + "\",\"responseDesc\":\"" + message
                + "\"},\"pagination\":[],\"stat_code\":\"" + statCode + "\",\"stat_msg\":\"" + message + "\"}";
    }
}

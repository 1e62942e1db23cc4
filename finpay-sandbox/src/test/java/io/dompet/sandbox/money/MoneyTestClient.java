package io.dompet.sandbox.money;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * Plays dompet against the sandbox's Finpay Money API, with its own HMAC code (JDK {@link Mac}, no sandbox code):
 * values sorted by field name, key = upper-case (or lower-case) hex text of the secret, upper-case hex digest.
 */
final class MoneyTestClient {

    private static final AtomicLong TRANS_NUMBERS = new AtomicLong(System.nanoTime());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private String username = SandboxCredentials.MONEY_USERNAME;
    private String password = SandboxCredentials.MONEY_PASSWORD;
    private boolean lowerCaseKey;

    MoneyTestClient(URI sandboxBaseUrl) {
        this.base = URI.create(sandboxBaseUrl + "/apicobrand");
    }

    MoneyTestClient withPassword(String password) {
        this.password = password;
        return this;
    }

    MoneyTestClient withLowerCaseKey() {
        this.lowerCaseKey = true;
        return this;
    }

    static String now() {
        return DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")));
    }

    static String transNumber() {
        return "T" + TRANS_NUMBERS.incrementAndGet();
    }

    /** The fields of a getToken request, unsigned. */
    static Map<String, String> getTokenFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reqDtime", now());
        fields.put("requestType", "getToken");
        fields.put("transNumber", transNumber());
        return fields;
    }

    /** The fields of a widget/topup request, unsigned. */
    static Map<String, String> widgetFields(String phoneNumber, String tokenId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phoneNumber", phoneNumber);
        fields.put("reqDtime", now());
        fields.put("requestType", "widgetTopUp");
        fields.put("tokenID", tokenId);
        fields.put("transNumber", transNumber());
        return fields;
    }

    /** A fresh token. */
    String token() throws Exception {
        return post("/security/getToken", signed(getTokenFields())).get("tokenID").asString();
    }

    /** Opens a widget for {@code phoneNumber} and returns its URL. */
    String widgetUrl(String phoneNumber) throws Exception {
        return post("/widget/topup", signed(widgetFields(phoneNumber, token()))).get("widgetURL").asString();
    }

    /** {@code fields} with their signature added. */
    Map<String, String> signed(Map<String, String> fields) throws Exception {
        StringBuilder message = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> message.append(value));
        HexFormat keyHex = lowerCaseKey ? HexFormat.of() : HexFormat.of().withUpperCase();
        byte[] key = keyHex.formatHex(SandboxCredentials.MONEY_SECRET_KEY.getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("signature", HexFormat.of().withUpperCase()
                .formatHex(mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8))));
        return signed;
    }

    /** POSTs {@code body} as JSON with Basic auth; answers the JSON body (any HTTP status). */
    JsonNode post(String path, Map<String, String> body) throws Exception {
        return Json.readTree(send(path, Json.writeString(body)).body().getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs {@code json} with Basic auth. */
    HttpResponse<String> send(String path, String json) throws Exception {
        return send(path, json, "application/json");
    }

    /** POSTs {@code json} with Basic auth and the given {@code Content-Type}. */
    HttpResponse<String> send(String path, String json, String contentType) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Basic " + basic)
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs {@code json} without any Authorization header. */
    HttpResponse<String> sendAnonymously(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GETs {@code url}. */
    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

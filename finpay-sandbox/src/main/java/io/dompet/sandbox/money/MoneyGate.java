package io.dompet.sandbox.money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.Request;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every Finpay Money call passes, in this order (the first failure answers):
 * <ol>
 *   <li>{@code Authorization: Basic base64(username:password)} → else {@code 001 Unauthorized} (HTTP 401)</li>
 *   <li>the body is a JSON object → else {@code 002 Invalid Request}</li>
 *   <li>{@code signature} present as text → else {@code 002 Invalid Request: signature}</li>
 *   <li>the signature matches ({@link MoneySignature}) → else {@code 005 Invalid Signature}</li>
 *   <li>{@code requestType} the endpoint's one spelling → else {@code 002 Invalid Request: requestType} (the log
 *       line names the expected spelling)</li>
 *   <li>{@code reqDtime} {@code yyyyMMddHHmmss} (Jakarta) → else {@code 002 Invalid Request: reqDtime};
 *       within ±5 minutes of the sandbox clock → else {@code 007 Request Expired}</li>
 *   <li>{@code transNumber} text of 1–100 characters → else {@code 002 Invalid Request: transNumber}</li>
 * </ol>
 */
final class MoneyGate {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_TRANS_NUMBER = 100;

    private static final DateTimeFormatter REQ_DTIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Logger log = LoggerFactory.getLogger(MoneyGate.class);

    private final SandboxCredentials.Money credentials;
    private final MoneySignature signature;
    private final Clock clock;

    MoneyGate(SandboxCredentials.Money credentials, MoneySignatureKeyCase keyCase, Clock clock) {
        this.credentials = credentials;
        this.signature = new MoneySignature(credentials.secretKey(), keyCase);
        this.clock = clock;
    }

    /**
     * Checks {@code request} and returns its body fields (each as text; {@code signature} included).
     *
     * @param requestType the {@code requestType} value the endpoint accepts
     */
    Map<String, String> admit(Request request, String requestType) {
        if (!authorized(request)) {
            throw MoneyStatus.UNAUTHORIZED.rejection();
        }
        Map<String, String> fields = fields(request);
        String sent = fields.get(MoneySignature.FIELD);
        if (sent == null || sent.isBlank()) {
            throw MoneyStatus.invalidRequest(MoneySignature.FIELD).rejection();
        }
        if (!signature.matches(fields, sent)) {
            throw MoneyStatus.INVALID_SIGNATURE.rejection();
        }
        if (!requestType.equals(fields.get("requestType"))) {
            log.info("Finpay sandbox Money: requestType {} refused, expected {}", fields.get("requestType"), requestType);
            throw MoneyStatus.invalidRequest("requestType").rejection();
        }
        Instant reqDtime = reqDtime(fields.get("reqDtime"));
        if (Duration.between(reqDtime, clock.instant()).abs().compareTo(CLOCK_SKEW) > 0) {
            throw MoneyStatus.REQUEST_EXPIRED.rejection();
        }
        String transNumber = fields.get("transNumber");
        if (transNumber == null || transNumber.isBlank() || transNumber.length() > MAX_TRANS_NUMBER) {
            throw MoneyStatus.invalidRequest("transNumber").rejection();
        }
        return fields;
    }

    private boolean authorized(Request request) {
        String header = request.header("Authorization").orElse("").trim();
        if (header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = same(decoded.substring(0, colon), credentials.username());
        boolean password = same(decoded.substring(colon + 1), credentials.password());
        return user & password;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Every body field as text: strings as they are, other scalars as written, objects and arrays as compact JSON. */
    private static Map<String, String> fields(Request request) {
        JsonNode body;
        try {
            body = Json.readTree(request.body());
        } catch (JacksonException notJson) {
            throw MoneyStatus.invalidRequest(null).rejection();
        }
        if (body == null || !body.isObject()) {
            throw MoneyStatus.invalidRequest(null).rejection();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            String text = value.isString() ? value.stringValue()
                    : value.isNull() ? "" : value.isValueNode() ? value.asString() : Json.writeString(value);
            fields.put(field.getKey(), text);
        }
        return fields;
    }

    private static Instant reqDtime(String text) {
        if (text == null || !text.matches("\\d{14}")) {
            throw MoneyStatus.invalidRequest("reqDtime").rejection();
        }
        try {
            return LocalDateTime.parse(text, REQ_DTIME).atZone(MoneyTime.JAKARTA).toInstant();
        } catch (DateTimeParseException e) {
            throw MoneyStatus.invalidRequest("reqDtime").rejection();
        }
    }
}

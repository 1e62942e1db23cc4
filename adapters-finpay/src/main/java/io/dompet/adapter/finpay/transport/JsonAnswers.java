package io.dompet.adapter.finpay.transport;

import feign.Response;
import io.dompet.domain.shared.InvalidPhoneNumberException;
import io.dompet.domain.shared.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what came back from a Finpay API as one JSON object, or says in a few words why it is none, and makes
 * Finpay's descriptions safe to store and log. Each endpoint reads its result code out of the object. Nothing here throws,
 * and no reason quotes a body, a header, a URL or an exception message: only statuses, codes and class names.
 */
public final class JsonAnswers {

    /** Answers larger than this are not Finpay's JSON. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Longest description passed on. */
    public static final int MAX_DESCRIPTION = 200;
    public static final String REDACTED = "(redacted)";
    /** Longest code taken as a code ({@code 2000000}, {@code APP:SUCCESS}, …). */
    public static final int MAX_CODE = 40;

    /**
     * {@code 08…}, {@code 628…} or {@code +628…} with 8 to 16 digits in all, single spaces or dashes allowed between
     * them, not inside a longer run of digits.
     */
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![0-9])\\+?(?:62|0)8(?:[ -]?[0-9]){6,13}(?![0-9])");

    /** A JSON mapper with compact output (the bytes sent are the bytes signed) and lenient input. */
    public static final JsonMapper COMPACT_LENIENT = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonAnswers() {
    }

    /**
     * Reads a raw answer's body as a JSON object and lets {@code endpoint} read its result code; the caller still
     * closes {@code response}. The description is still raw.
     */
    static FinpayAnswer read(Response response, FinpayEndpoint endpoint) {
        int status = response.status();
        byte[] body;
        try {
            body = readBody(response);
        } catch (IOException | RuntimeException e) {
            return new FinpayAnswer.NoAnswer("HTTP " + status + ", but reading the body failed (" + describe(e) + ")");
        }
        if (body == null) {
            return new FinpayAnswer.NoAnswer("HTTP " + status + " with a body over " + MAX_BODY_BYTES + " bytes");
        }
        if (isBlank(body)) {
            return new FinpayAnswer.NoAnswer("HTTP " + status + " with an empty body");
        }
        JsonNode json;
        try {
            json = COMPACT_LENIENT.readTree(body);
        } catch (JacksonException e) {
            return new FinpayAnswer.NoAnswer("HTTP " + status + " with a body that is not JSON" + contentType(response));
        }
        if (json == null || !json.isObject()) {
            return new FinpayAnswer.NoAnswer("HTTP " + status + " with JSON that is not an object");
        }
        return endpoint.read(status, json);
    }

    /**
     * A code at {@code node.name}: a non-blank string of at most {@value #MAX_CODE} printable ASCII characters,
     * stripped; {@code null} when missing or anything else (a code that is not a code is no code).
     */
    public static @Nullable String code(@Nullable JsonNode node, String name) {
        String text = string(node, name);
        if (text == null) {
            return null;
        }
        String code = text.strip();
        if (code.isEmpty() || code.length() > MAX_CODE || !code.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return null;
        }
        return code;
    }

    /** The string at {@code node.name}, or {@code null} when {@code node} is no object or the value no string. */
    public static @Nullable String string(@Nullable JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** Why there is no answer at all: the request failed before a response arrived. */
    public static String failure(Throwable failure, long readTimeoutMillis) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return "connect timeout";
            }
            if (cause instanceof DeadlineClient.BodyTimeoutException) {
                return "read timeout: the body did not arrive in full within " + readTimeoutMillis + " ms";
            }
            if (cause instanceof HttpTimeoutException) {
                return "read timeout: no answer within " + readTimeoutMillis + " ms";
            }
            if (cause instanceof ConnectException) {
                return "connection failed (" + describe(cause) + ")";
            }
            if (cause.getCause() == null && cause instanceof IOException) {
                return "I/O error (" + describe(cause) + ")";
            }
        }
        return "request failed (" + describe(failure) + ")";
    }

    /**
     * Finpay's description made safe to store and log: each non-blank one of {@code secrets} replaced by
     * {@value #REDACTED}, anything that looks like an Indonesian mobile number masked as
     * {@link PhoneNumber#masked()} does, control characters dropped, at most {@value #MAX_DESCRIPTION} characters;
     * {@code whenEmpty} when nothing is left.
     */
    public static String safeDescription(@Nullable String description, String whenEmpty, @Nullable String... secrets) {
        String text = description == null ? "" : description;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                text = text.replace(secret, REDACTED);
            }
        }
        text = PHONE_LIKE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(maskedPhone(match.group())));
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_DESCRIPTION));
        text.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_DESCRIPTION).forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        return result.isEmpty() ? whenEmpty : result;
    }

    private static String maskedPhone(String candidate) {
        try {
            return PhoneNumber.parse(candidate).masked();
        } catch (InvalidPhoneNumberException e) {
            return "(number)";
        }
    }

    /** The exception's class name: never its message, which may quote what it failed on (the URL, the token). */
    public static String describe(@Nullable Throwable failure) {
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName();
    }

    private static byte @Nullable [] readBody(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : bytes;
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String contentType(Response response) {
        for (var header : response.headers().entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase("Content-Type")) {
                Collection<String> values = header.getValue();
                if (!values.isEmpty()) {
                    String type = values.iterator().next().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                    if (type.matches("[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,60}")) {
                        return " (" + type + ")";
                    }
                }
            }
        }
        return "";
    }
}

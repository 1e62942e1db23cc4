package io.dompet.adapter.finpay.money;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what came back from Finpay Money, or what went wrong on the way, into a {@link MoneyAnswer}. Nothing here
 * throws, and no reason quotes a body, a header or an exception message: only statuses, codes and class names.
 */
final class MoneyAnswers {

    /** Answers larger than this are not Finpay's JSON. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Longest description passed on. */
    static final int MAX_DESCRIPTION = 200;
    static final String REDACTED = "(redacted)";

    /** The adapter's JSON mapper: compact output, lenient input. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private MoneyAnswers() {
    }

    /** Reads and judges a raw answer; the caller still closes {@code response}. */
    static MoneyAnswer read(Response response) {
        int status = response.status();
        byte[] body;
        try {
            body = readBody(response);
        } catch (IOException | RuntimeException e) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + ", but reading the body failed (" + describe(e) + ")");
        }
        if (body == null) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + " with a body over " + MAX_BODY_BYTES + " bytes");
        }
        if (isBlank(body)) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + " with an empty body");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + " with a body that is not JSON" + contentType(response));
        }
        if (json == null || !json.isObject()) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + " with JSON that is not an object");
        }
        JsonNode code = json.get("statusCode");
        if (code == null || !code.isString() || code.stringValue().isBlank()) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + " with JSON without a statusCode");
        }
        String statusCode = code.stringValue().strip();
        if (statusCode.length() > 20 || !statusCode.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return new MoneyAnswer.NoAnswer("HTTP " + status + " with a statusCode that is not a short code");
        }
        JsonNode desc = json.get("statusDesc");
        return new MoneyAnswer.Answered(status, statusCode,
                desc != null && desc.isString() ? desc.stringValue() : "", json);
    }

    /** No answer at all: the request failed before a response arrived. */
    static MoneyAnswer.NoAnswer failed(Throwable failure, long readTimeoutMillis) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new MoneyAnswer.NoAnswer("connect timeout");
            }
            if (cause instanceof HttpTimeoutException) {
                return new MoneyAnswer.NoAnswer("read timeout: no answer within " + readTimeoutMillis + " ms");
            }
            if (cause instanceof ConnectException) {
                return new MoneyAnswer.NoAnswer("connection failed (" + describe(cause) + ")");
            }
            if (cause.getCause() == null && cause instanceof IOException) {
                return new MoneyAnswer.NoAnswer("I/O error (" + describe(cause) + ")");
            }
        }
        return new MoneyAnswer.NoAnswer("request failed (" + describe(failure) + ")");
    }

    /**
     * Finpay's description made safe to store and log: each of {@code secrets} (token, signature, credentials)
     * replaced, control characters dropped, at most {@value #MAX_DESCRIPTION} characters; {@code (no statusDesc)}
     * when empty.
     */
    static String safeDescription(String description, String... secrets) {
        String text = description;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                text = text.replace(secret, REDACTED);
            }
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_DESCRIPTION));
        text.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_DESCRIPTION).forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        return result.isEmpty() ? "(no statusDesc)" : result;
    }

    /** The exception's class name: never its message, which may quote what it failed on. */
    static String describe(@Nullable Throwable failure) {
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

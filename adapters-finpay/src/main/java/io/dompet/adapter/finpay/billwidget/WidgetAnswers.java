package io.dompet.adapter.finpay.billwidget;

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
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what came back from Finpay's widget API, or what went wrong on the way, into a {@link WidgetAnswer}, and
 * reads codes and descriptions out of it safely. Nothing here throws, and no reason quotes a body, a header, a URL
 * or an exception message: only statuses, codes and class names.
 */
final class WidgetAnswers {

    /** Answers larger than this are not Finpay's JSON. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Longest description passed on. */
    static final int MAX_DESCRIPTION = 200;
    /** Longest code taken as a code ({@code 2000000}, {@code APP:SUCCESS}, …). */
    static final int MAX_CODE = 40;
    static final String REDACTED = "(redacted)";

    /**
     * The adapter's one JSON mapper: it writes the request body and the JSON text of the arrays and objects the
     * signature covers (compact, {@code /} and non-ASCII letters not escaped), and reads answers leniently.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WidgetAnswers() {
    }

    /** Reads a raw answer; the caller still closes {@code response}. */
    static WidgetAnswer read(Response response) {
        int status = response.status();
        byte[] body;
        try {
            body = readBody(response);
        } catch (IOException | RuntimeException e) {
            return new WidgetAnswer.NoAnswer("HTTP " + status + ", but reading the body failed (" + describe(e) + ")");
        }
        if (body == null) {
            return new WidgetAnswer.NoAnswer("HTTP " + status + " with a body over " + MAX_BODY_BYTES + " bytes");
        }
        if (isBlank(body)) {
            return new WidgetAnswer.NoAnswer("HTTP " + status + " with an empty body");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return new WidgetAnswer.NoAnswer("HTTP " + status + " with a body that is not JSON" + contentType(response));
        }
        if (json == null || !json.isObject()) {
            return new WidgetAnswer.NoAnswer("HTTP " + status + " with JSON that is not an object");
        }
        return new WidgetAnswer.Answered(status, json);
    }

    /** No answer at all: the request failed before a response arrived. */
    static WidgetAnswer.NoAnswer failed(Throwable failure, long readTimeoutMillis) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new WidgetAnswer.NoAnswer("connect timeout");
            }
            if (cause instanceof HttpTimeoutException) {
                return new WidgetAnswer.NoAnswer("read timeout: no answer within " + readTimeoutMillis + " ms");
            }
            if (cause instanceof ConnectException) {
                return new WidgetAnswer.NoAnswer("connection failed (" + describe(cause) + ")");
            }
            if (cause.getCause() == null && cause instanceof IOException) {
                return new WidgetAnswer.NoAnswer("I/O error (" + describe(cause) + ")");
            }
        }
        return new WidgetAnswer.NoAnswer("request failed (" + describe(failure) + ")");
    }

    /**
     * A code at {@code node.name}: a non-blank string of at most {@value #MAX_CODE} printable ASCII characters,
     * stripped; {@code null} when missing or anything else (a code that is not a code is no code).
     */
    static @Nullable String code(@Nullable JsonNode node, String name) {
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

    /** The string at {@code node.name}, or {@code null} when missing, null or not a string. */
    static @Nullable String string(@Nullable JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /**
     * Finpay's description made safe to store and show: each of {@code secrets} (key, signature, token, the
     * customer's name, phone and e-mail) replaced, control characters dropped, at most {@value #MAX_DESCRIPTION}
     * characters; {@code (no description)} when empty.
     */
    static String safeDescription(@Nullable String description, @Nullable String... secrets) {
        String text = description == null ? "" : description;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                text = text.replace(secret, REDACTED);
            }
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_DESCRIPTION));
        text.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_DESCRIPTION).forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        return result.isEmpty() ? "(no description)" : result;
    }

    /** The exception's class name: never its message, which may quote the URL (and so the token). */
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

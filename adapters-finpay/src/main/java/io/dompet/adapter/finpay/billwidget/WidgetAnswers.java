package io.dompet.adapter.finpay.billwidget;

import feign.Response;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import org.jspecify.annotations.Nullable;
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

    /** Longest code taken as a code ({@code 2000000}, {@code APP:SUCCESS}, …). */
    static final int MAX_CODE = 40;

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
        JsonAnswers.Reading reading = JsonAnswers.read(response, JSON);
        if (reading instanceof JsonAnswers.Unusable unusable) {
            return new WidgetAnswer.NoAnswer(unusable.reason());
        }
        JsonAnswers.JsonObject object = (JsonAnswers.JsonObject) reading;
        return new WidgetAnswer.Answered(object.httpStatus(), object.json());
    }

    /** No answer at all: the request failed before a response arrived. */
    static WidgetAnswer.NoAnswer failed(Throwable failure, long readTimeoutMillis) {
        return new WidgetAnswer.NoAnswer(JsonAnswers.failure(failure, readTimeoutMillis));
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
     * customer's name, phone and e-mail) replaced, control characters dropped, at most {@value JsonAnswers#MAX_DESCRIPTION}
     * characters; {@code (no description)} when empty.
     */
    static String safeDescription(@Nullable String description, @Nullable String... secrets) {
        return JsonAnswers.safeDescription(description, "(no description)", secrets);
    }

    /** The exception's class name: never its message, which may quote the URL (and so the token). */
    static String describe(@Nullable Throwable failure) {
        return JsonAnswers.describe(failure);
    }
}

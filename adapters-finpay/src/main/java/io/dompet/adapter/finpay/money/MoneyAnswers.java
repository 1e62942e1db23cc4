package io.dompet.adapter.finpay.money;

import feign.Response;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what came back from Finpay Money, or what went wrong on the way, into a {@link MoneyAnswer}. Nothing here
 * throws, and no reason quotes a body, a header or an exception message: only statuses, codes and class names.
 */
final class MoneyAnswers {

    /** The adapter's JSON mapper: compact output, lenient input. */
    static final JsonMapper JSON = JsonAnswers.COMPACT_LENIENT;

    private MoneyAnswers() {
    }

    /** Reads and judges a raw answer; the caller still closes {@code response}. */
    static MoneyAnswer read(Response response) {
        JsonAnswers.Reading reading = JsonAnswers.read(response, JSON);
        if (reading instanceof JsonAnswers.Unusable unusable) {
            return new MoneyAnswer.NoAnswer(unusable.reason());
        }
        JsonAnswers.JsonObject object = (JsonAnswers.JsonObject) reading;
        int status = object.httpStatus();
        JsonNode json = object.json();
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
        return new MoneyAnswer.NoAnswer(JsonAnswers.failure(failure, readTimeoutMillis));
    }

    /**
     * Finpay's description made safe to store and log: each of {@code secrets} (token, signature, credentials)
     * replaced, control characters dropped, at most {@value JsonAnswers#MAX_DESCRIPTION} characters; {@code (no statusDesc)}
     * when empty.
     */
    static String safeDescription(String description, String... secrets) {
        return JsonAnswers.safeDescription(description, "(no statusDesc)", secrets);
    }

    /** The exception's class name: never its message, which may quote what it failed on. */
    static String describe(@Nullable Throwable failure) {
        return JsonAnswers.describe(failure);
    }
}

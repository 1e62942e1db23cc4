package io.dompet.adapter.finpay.snap;

import feign.Response;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what came back from Finpay, or what went wrong on the way, into a {@link SnapAnswer}. Nothing here
 * throws, and no reason quotes a body, a header or an exception message: only statuses, codes and class names.
 */
final class SnapAnswers {

    private static final Pattern RESPONSE_CODE = Pattern.compile("\\d{7}");

    /** The one JSON mapper of the adapter: compact output (the bytes sent are the bytes signed), lenient input. */
    static final JsonMapper JSON = JsonAnswers.COMPACT_LENIENT;

    private SnapAnswers() {
    }

    /**
     * Reads and judges a raw answer, its {@code responseMessage} made safe with {@link #safe(String, String...)};
     * the caller still closes {@code response}.
     *
     * @param secrets what must not appear in the message (the client secret, the bearer token)
     */
    static SnapAnswer read(Response response, @Nullable String... secrets) {
        JsonAnswers.Reading reading = JsonAnswers.read(response, JSON);
        if (reading instanceof JsonAnswers.Unusable unusable) {
            return new SnapAnswer.NoAnswer(unusable.reason());
        }
        JsonAnswers.JsonObject object = (JsonAnswers.JsonObject) reading;
        int status = object.httpStatus();
        JsonNode json = object.json();
        JsonNode code = json.get("responseCode");
        if (code == null || !code.isString()) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with JSON without a responseCode");
        }
        String responseCode = code.stringValue();
        if (!RESPONSE_CODE.matcher(responseCode).matches()) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " with a responseCode that is not 7 digits");
        }
        if (!responseCode.startsWith(Integer.toString(status))) {
            return new SnapAnswer.NoAnswer("HTTP " + status + " disagrees with responseCode " + responseCode);
        }
        JsonNode message = json.get("responseMessage");
        return new SnapAnswer.Answered(status, responseCode,
                message != null && message.isString() ? safe(message.stringValue(), secrets) : "", json);
    }

    /**
     * A text from Finpay made safe to log and store: {@code secrets} redacted, phone numbers masked, control
     * characters dropped, length bounded ({@link JsonAnswers#safeDescription}); {@code ""} for none.
     */
    static String safe(@Nullable String text, @Nullable String... secrets) {
        return JsonAnswers.safeDescription(text, "", secrets);
    }

    /** No answer at all: the request failed before a response arrived. */
    static SnapAnswer.NoAnswer failed(Throwable failure, long readTimeoutMillis) {
        return new SnapAnswer.NoAnswer(JsonAnswers.failure(failure, readTimeoutMillis));
    }

    /** The exception's class name: never its message, which may quote what it failed on. */
    static String describe(Throwable failure) {
        return JsonAnswers.describe(failure);
    }
}

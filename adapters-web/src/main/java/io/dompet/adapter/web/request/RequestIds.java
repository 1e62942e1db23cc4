package io.dompet.adapter.web.request;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The request id: its header, its key in the log context (MDC) and in problem documents, and which ids a client may
 * choose. A client's id is taken as it is when it is 1 to {@value #MAX_LENGTH} characters of letters, digits and
 * {@code . _ : -} (a UUID, a ULID, a trace id all are); anything else is replaced by a fresh UUID, so a log line never
 * carries what a client wrote beyond that.
 */
public final class RequestIds {

    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the MDC (so in every log line, and in the JSON logs) and in problem documents. */
    public static final String KEY = "requestId";
    /** The longest id a client may choose. */
    public static final int MAX_LENGTH = 64;

    /** The form of an id a client may choose (also in the OpenAPI description). */
    public static final String PATTERN = "^[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}$";

    private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);

    private RequestIds() {
    }

    /** The client's id if it is well-formed, else a new one. */
    public static String acceptOrCreate(@Nullable String sent) {
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** The id of the request this thread serves, if any. */
    public static @Nullable String current() {
        return MDC.get(KEY);
    }
}

package io.dompet.adapter.web.request;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : create();
    }

    /**
     * A new random (version 4) UUID from {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}: an id must be unique,
     * not secret, and {@code randomUUID()} draws from one shared {@code SecureRandom} on every request.
     */
    static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of the request this thread serves, if any. */
    public static @Nullable String current() {
        return MDC.get(KEY);
    }
}

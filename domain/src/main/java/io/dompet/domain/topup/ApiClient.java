package io.dompet.domain.topup;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The API client that asked for a direct top-up: the name it is configured under ({@code dompet.api.keys.<name>}),
 * 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit. Idempotency keys are the
 * client's own: the same key from two clients names two top-ups.
 *
 * <p>{@link #LEGACY} is the client of the direct top-ups stored before dompet recorded clients (migration V8). Nobody
 * knows which client sent them, so their keys replay for every client, exactly as they did before: an old client
 * retrying an old key gets its top-up back, never a second one. No configured client may be called so.
 */
public record ApiClient(String name) {

    /** The most characters of a client name (the room of {@code top_up.client}). */
    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    /** The client of the direct top-ups stored before clients were recorded; their keys match every client. */
    public static final ApiClient LEGACY = new ApiClient("legacy");

    public ApiClient {
        Objects.requireNonNull(name, "name must not be null");
        if (!isValidName(name)) {
            throw new InvalidTopUpException("an API client name must be 1 to " + MAX_LENGTH
                    + " letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
    }

    /** True when {@code name} may name a client. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** True for {@link #LEGACY}, whose top-ups' keys match every client. */
    public boolean isLegacy() {
        return equals(LEGACY);
    }

    @Override
    public String toString() {
        return name;
    }
}

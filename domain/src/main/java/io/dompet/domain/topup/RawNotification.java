package io.dompet.domain.topup;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A notification exactly as it arrived: the request path, the headers (names compared without regard to case), the
 * raw body bytes and the arrival time. Signatures are checked over these bytes, never over a re-serialization.
 */
public final class RawNotification {

    private final String path;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Instant receivedAt;

    public RawNotification(String path, Map<String, List<String>> headers, byte[] body, Instant receivedAt) {
        this.path = Objects.requireNonNull(path, "path");
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = copy;
        this.body = Objects.requireNonNull(body, "body").clone();
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public String path() {
        return path;
    }

    /** The first value of header {@code name} (any case), if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All headers, names in any case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawNotification that && path.equals(that.path) && headers.equals(that.headers)
                && Arrays.equals(body, that.body) && receivedAt.equals(that.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, headers, Arrays.hashCode(body), receivedAt);
    }

    /** Path, size and arrival only: the body carries a phone number, the headers a signature. */
    @Override
    public String toString() {
        return "RawNotification[" + path + ", " + body.length + " bytes, received " + receivedAt + "]";
    }
}

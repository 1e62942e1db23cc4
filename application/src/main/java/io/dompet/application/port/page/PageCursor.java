package io.dompet.application.port.page;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a newest-first list ended: the creation time and id of its last item (keyset pagination, so that a
 * row inserted meanwhile neither repeats nor hides an item). Clients see it only as an opaque text
 * ({@link #encoded()}), URL-safe base64; {@link #decode} reads it back and refuses anything else.
 */
public record PageCursor(Instant createdAt, UUID id) {

    private static final char SEPARATOR = '|';

    public PageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /** The opaque text a client sends back as {@code after}. */
    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + String.valueOf(SEPARATOR) + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor {@code text} encodes, or empty when it is not one {@link #encoded()} made. */
    public static Optional<PageCursor> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > 100) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            int separator = decoded.indexOf(SEPARATOR);
            if (separator < 0) {
                return Optional.empty();
            }
            PageCursor cursor = new PageCursor(Instant.parse(decoded.substring(0, separator)),
                    UUID.fromString(decoded.substring(separator + 1)));
            return cursor.encoded().equals(text) ? Optional.of(cursor) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

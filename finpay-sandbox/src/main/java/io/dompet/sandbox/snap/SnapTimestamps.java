package io.dompet.sandbox.snap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * SNAP's {@code X-TIMESTAMP} ({@code yyyy-MM-dd'T'HH:mm:ssXXX}, e.g. {@code 2024-04-17T12:03:38+07:00}) and
 * ISO-8601 {@code transactionDate}s. A header timestamp is accepted within {@link #TOLERANCE} of the sandbox's
 * clock, whatever its offset.
 */
final class SnapTimestamps {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_TRANSACTION_DATE_LENGTH = 25;

    private final Clock clock;

    SnapTimestamps(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The header's instant, or empty when it is not exactly {@code yyyy-MM-dd'T'HH:mm:ssXXX}. */
    static Optional<Instant> parseHeader(String header) {
        try {
            return Optional.of(OffsetDateTime.parse(header, HEADER).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code instant} lies within ±{@link #TOLERANCE} of now. */
    boolean isFresh(Instant instant) {
        Duration skew = Duration.between(now(), instant).abs();
        return skew.compareTo(TOLERANCE) <= 0;
    }

    /** Whether {@code value} is an ISO-8601 date-time with an offset, at most 25 characters long. */
    static boolean isTransactionDate(String value) {
        if (value.length() > MAX_TRANSACTION_DATE_LENGTH) {
            return false;
        }
        try {
            OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code now} formatted as an {@code X-TIMESTAMP} in Jakarta time. */
    String headerNow() {
        return HEADER.format(now().atZone(JAKARTA));
    }
}

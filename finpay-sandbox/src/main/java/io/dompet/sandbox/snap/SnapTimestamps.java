package io.dompet.sandbox.snap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SNAP's {@code X-TIMESTAMP} ({@code yyyy-MM-dd'T'HH:mm:ssXXX}, e.g. {@code 2024-04-17T12:03:38+07:00}) and
 * ISO-8601 {@code transactionDate}s. A header timestamp must be written in Jakarta time ({@value #JAKARTA_OFFSET},
 * as Finpay documents it; another offset is refused as malformed, 400xx01) and lie within {@link #TOLERANCE} of the
 * sandbox's clock.
 */
final class SnapTimestamps {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final String JAKARTA_OFFSET = "+07:00";
    private static final Logger log = LoggerFactory.getLogger(SnapTimestamps.class);

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

    /**
     * The header's instant, or empty when it is not exactly {@code yyyy-MM-dd'T'HH:mm:ssXXX} with the offset
     * {@value #JAKARTA_OFFSET} (logged with what was expected).
     */
    static Optional<Instant> parseHeader(String header) {
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(header, HEADER);
        } catch (DateTimeParseException e) {
            log.info("Finpay sandbox SNAP: X-TIMESTAMP {} refused, expected yyyy-MM-dd'T'HH:mm:ss{}", header,
                    JAKARTA_OFFSET);
            return Optional.empty();
        }
        if (!parsed.getOffset().equals(ZoneOffset.of(JAKARTA_OFFSET))) {
            log.info("Finpay sandbox SNAP: X-TIMESTAMP {} refused, expected the offset {}", header, JAKARTA_OFFSET);
            return Optional.empty();
        }
        return Optional.of(parsed.toInstant());
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

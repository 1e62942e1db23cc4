package io.dompet.sandbox.notify;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh identifiers: {@code referenceNo}s ({@code "FPN"} + Jakarta {@code yyMMddHHmmss} + 6 random digits + a
 * 6-digit counter, 27 characters) and {@code X-EXTERNAL-ID}s (Jakarta {@code yyMMddHHmmss} + 10 random digits + an
 * 8-digit counter, 30 digits). The random part keeps them unique across sandbox restarts. Thread-safe.
 */
final class NotificationIds {

    static final String REFERENCE_PREFIX = "FPN";

    private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong references = new AtomicLong();
    private final AtomicLong externalIds = new AtomicLong();

    NotificationIds(Clock clock) {
        this.clock = clock;
    }

    String referenceNo() {
        return REFERENCE_PREFIX + now() + digits(6) + String.format("%06d", references.incrementAndGet() % 1_000_000);
    }

    String externalId() {
        return now() + digits(10) + String.format("%08d", externalIds.incrementAndGet() % 100_000_000);
    }

    private String now() {
        return PREFIX.format(clock.instant().atZone(JakartaTime.JAKARTA));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}

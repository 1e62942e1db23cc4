package io.dompet.sandbox.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Finpay's timestamps: Jakarta time as {@code yyyy-MM-dd'T'HH:mm:ssXXX}, e.g. {@code 2024-04-17T12:03:38+07:00}. */
final class JakartaTime {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private JakartaTime() {
    }

    /** {@code instant} as an {@code X-TIMESTAMP} / {@code transactionDate}. */
    static String format(Instant instant) {
        return SECONDS.format(instant.atZone(JAKARTA));
    }

    /** {@code instant} in Jakarta time with milliseconds, for the sandbox's own lists. */
    static String formatPrecise(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(JAKARTA));
    }
}

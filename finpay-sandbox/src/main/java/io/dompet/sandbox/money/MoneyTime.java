package io.dompet.sandbox.money;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Finpay Money's Jakarta (GMT+7) times: {@code tokenExpiry} as {@code dd-MMM-yy HH:mm:ss}, month upper case. */
final class MoneyTime {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter TOKEN_EXPIRY = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

    private MoneyTime() {
    }

    /** e.g. {@code 24-AUG-24 16:23:30}. */
    static String tokenExpiry(Instant instant) {
        return TOKEN_EXPIRY.format(instant.atZone(JAKARTA)).toUpperCase(Locale.ROOT);
    }

    /** e.g. {@code 20240814165151}. */
    static String compact(Instant instant) {
        return COMPACT.format(instant.atZone(JAKARTA));
    }

    /** e.g. {@code 2024-08-14T16:51:51+07:00}. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(JAKARTA).withNano(0));
    }

    /** Seconds since {@code startedNanos}, at least 0.001 (so it is never written in exponent form). */
    static double processingTime(long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1_000_000_000.0;
        return Math.max(0.001, Math.round(seconds * 1_000_000.0) / 1_000_000.0);
    }
}

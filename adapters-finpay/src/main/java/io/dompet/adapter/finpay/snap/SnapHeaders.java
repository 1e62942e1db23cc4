package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.transport.FreshIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** SNAP header names and the Jakarta-time format of {@code X-TIMESTAMP} and {@code transactionDate}. */
final class SnapHeaders {

    static final String TIMESTAMP = "X-TIMESTAMP";
    static final String CLIENT_KEY = "X-CLIENT-KEY";
    static final String PARTNER_ID = "X-PARTNER-ID";
    static final String EXTERNAL_ID = "X-EXTERNAL-ID";
    static final String CHANNEL_ID = "CHANNEL-ID";
    static final String ORIGIN = "ORIGIN";
    static final String AUTHORIZATION = "Authorization";

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final long THIRTEEN_DIGITS = 10_000_000_000_000L;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(JAKARTA);

    private SnapHeaders() {
    }

    /** {@code 2024-04-17T12:03:38+07:00}: Jakarta time, whole seconds, with the offset. */
    static String jakartaTime(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * Fresh {@code X-EXTERNAL-ID}s: 31 ASCII digits (Finpay accepts at most 32), unique per day across instances —
     * 13 digits of epoch milliseconds, 6 digits of a per-instance counter and 12 random digits.
     */
    static FreshIds externalIds(Clock clock) {
        return new FreshIds(clock, now -> String.format("%013d", now.toEpochMilli() % THIRTEEN_DIGITS), 12);
    }
}

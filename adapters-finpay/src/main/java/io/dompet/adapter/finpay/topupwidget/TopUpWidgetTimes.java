package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.transport.FreshIds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** Finpay Money's two time formats, both Jakarta time (GMT+7) whatever the JVM's zone. */
final class TopUpWidgetTimes {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** {@code reqDtime}: {@code yyyyMMddHHmmss}, e.g. {@code 20240814165151}. */
    private static final DateTimeFormatter REQ_DTIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(JAKARTA);

    /** {@code tokenExpiry}: {@code dd-MMM-yy HH:mm:ss}, e.g. {@code 24-AUG-24 16:23:30}; month in any case. */
    private static final DateTimeFormatter TOKEN_EXPIRY = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d-MMM-uu HH:mm:ss")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private TopUpWidgetTimes() {
    }

    static String reqDtime(Instant instant) {
        return REQ_DTIME.format(instant);
    }

    /** The instant of a {@code tokenExpiry}, or empty if it is not in Finpay's documented format. */
    static Optional<Instant> tokenExpiry(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), TOKEN_EXPIRY).atZone(JAKARTA).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Fresh {@code transNumber}s for Get Token (the widget's comes from the application): 30 ASCII digits (Finpay
     * accepts at most 100), unique across instances — 14 digits of Jakarta time ({@code yyyyMMddHHmmss}, as in
     * Finpay's samples), 6 digits of a per-instance counter and 10 random digits.
     */
    static FreshIds transNumbers(Clock clock) {
        return new FreshIds(clock, TopUpWidgetTimes::reqDtime, 10);
    }
}

package io.dompet.sandbox.billwidget;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** The bill widget's Jakarta (GMT+7) times: the request {@code timestamp} as {@code yyyy-MM-dd HH:mm:ss}. */
final class WidgetTime {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private WidgetTime() {
    }

    /** {@code 2024-05-30 00:21:12} read as Jakarta time; empty when it is not exactly that format or not a date. */
    static Optional<Instant> parse(String timestamp) {
        if (!timestamp.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(timestamp, TIMESTAMP).atZone(JAKARTA).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** e.g. {@code 2024-05-30 00:21:12} (Jakarta). */
    static String format(Instant instant) {
        return TIMESTAMP.format(instant.atZone(JAKARTA));
    }

    /** e.g. {@code 2024-05-30T00:21:12+07:00}. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(JAKARTA).withNano(0));
    }
}

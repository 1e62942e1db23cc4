package io.dompet.adapter.persistence;

import io.dompet.domain.shared.FinpayFailure;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How every table keeps the values several tables share, in one place.
 *
 * <p>Instants: PostgreSQL's {@code timestamptz} keeps microseconds, a Java {@link Instant} may carry nanoseconds. Every
 * {@code Instant} is truncated (never rounded) to whole microseconds on its way into a row, and the adapters return
 * the row as stored, so an aggregate returned by an insert or an update and the same aggregate loaded again are equal
 * to the microsecond. Values are bound and read as UTC {@link OffsetDateTime}s, so neither the JVM's nor the
 * session's time zone plays any part.
 *
 * <p>A {@link FinpayFailure} is two columns, {@code failure_code} and {@code failure_message}, both null or both set
 * (each table's check constraint says so).
 */
final class Columns {

    private Columns() {
    }

    /** {@code instant} as PostgreSQL keeps it: UTC, truncated to whole microseconds. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** {@link #timestamp(Instant)}, or null for none. */
    static @Nullable OffsetDateTime timestamp(Optional<Instant> instant) {
        return instant.map(Columns::timestamp).orElse(null);
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static @Nullable String failureCode(Optional<FinpayFailure> failure) {
        return failure.map(FinpayFailure::code).orElse(null);
    }

    static @Nullable String failureMessage(Optional<FinpayFailure> failure) {
        return failure.map(FinpayFailure::message).orElse(null);
    }

    /** The failure the two columns keep, or null when there is none. */
    static @Nullable FinpayFailure failure(@Nullable String code, @Nullable String message) {
        return code == null ? null : new FinpayFailure(code, message == null ? "" : message);
    }
}

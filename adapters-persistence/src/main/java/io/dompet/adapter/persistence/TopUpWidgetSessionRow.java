package io.dompet.adapter.persistence;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One row of the {@code top_up_widget_session} table, mapped explicitly to and from the domain. The status is the
 * stored one ({@link TopUpWidgetSession#storedStatus()}), never the one with expiry applied; instants and the failure
 * are kept as {@link Columns} says.
 */
record TopUpWidgetSessionRow(UUID id, String transNumber, String phoneNumber, String status,
                             @Nullable String widgetUrl, @Nullable String failureCode,
                             @Nullable String failureMessage, @Nullable UUID completedBy, OffsetDateTime requestedAt,
                             @Nullable OffsetDateTime issuedAt, long version) {

    /** The columns {@link #MAPPER} reads; for {@code select} and {@code returning} clauses. */
    static final String COLUMNS = """
            id, trans_number, phone_number, status, widget_url, failure_code, failure_message, completed_by,
            requested_at, issued_at, version""";

    private static final RowMapper<TopUpWidgetSessionRow> ROWS = new SimplePropertyRowMapper<>(TopUpWidgetSessionRow.class);

    /** Reads a row, each column into the component of its name, as the session it stores. */
    static final RowMapper<TopUpWidgetSession> MAPPER = (rs, rowNumber) -> ROWS.mapRow(rs, rowNumber).toDomain();

    static TopUpWidgetSessionRow from(TopUpWidgetSession session) {
        return new TopUpWidgetSessionRow(
                session.id().value(),
                session.transNumber(),
                session.phoneNumber().international(),
                session.storedStatus().name(),
                session.widgetUrl().orElse(null),
                Columns.failureCode(session.failure()),
                Columns.failureMessage(session.failure()),
                session.completedBy().map(TopUpId::value).orElse(null),
                Columns.timestamp(session.requestedAt()),
                Columns.timestamp(session.issuedAt()),
                session.version());
    }

    private TopUpWidgetSession toDomain() {
        return TopUpWidgetSession.reconstitute(
                new TopUpWidgetSessionId(id),
                transNumber,
                new PhoneNumber(phoneNumber),
                TopUpWidgetStatus.valueOf(status),
                widgetUrl,
                Columns.failure(failureCode, failureMessage),
                completedBy == null ? null : new TopUpId(completedBy),
                requestedAt.toInstant(),
                Columns.instant(issuedAt),
                version);
    }

    /** Every column as a named parameter with its SQL type, so that nulls are bound with the right type. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("id", id, Types.OTHER)
                .addValue("transNumber", transNumber, Types.VARCHAR)
                .addValue("phoneNumber", phoneNumber, Types.VARCHAR)
                .addValue("status", status, Types.VARCHAR)
                .addValue("widgetUrl", widgetUrl, Types.VARCHAR)
                .addValue("failureCode", failureCode, Types.VARCHAR)
                .addValue("failureMessage", failureMessage, Types.VARCHAR)
                .addValue("completedBy", completedBy, Types.OTHER)
                .addValue("requestedAt", requestedAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("issuedAt", issuedAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("version", version, Types.BIGINT);
    }
}

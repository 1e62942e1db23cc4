package io.dompet.adapter.persistence;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One row of the {@code top_up_widget_session} table, mapped explicitly to and from the domain. The status is the
 * stored one ({@link TopUpWidgetSession#storedStatus()}), never the one with expiry applied; timestamps are truncated
 * to microseconds on their way in, as PostgreSQL keeps them (see {@link TopUpRow#timestamp}).
 */
record TopUpWidgetSessionRow(UUID id, String transNumber, String phoneNumber, String status,
                             @Nullable String widgetUrl, @Nullable String failureCode,
                             @Nullable String failureMessage, @Nullable UUID completedBy, OffsetDateTime requestedAt,
                             @Nullable OffsetDateTime issuedAt, long version) {

    /** The columns, in the order {@link #MAPPER} reads them; for {@code select} and {@code returning} clauses. */
    static final String COLUMNS = """
            id, trans_number, phone_number, status, widget_url, failure_code, failure_message, completed_by,
            requested_at, issued_at, version""";

    static final RowMapper<TopUpWidgetSessionRow> MAPPER = TopUpWidgetSessionRow::read;

    static TopUpWidgetSessionRow from(TopUpWidgetSession session) {
        return new TopUpWidgetSessionRow(
                session.id().value(),
                session.transNumber(),
                session.phoneNumber().international(),
                session.storedStatus().name(),
                session.widgetUrl().orElse(null),
                session.failure().map(FinpayFailure::code).orElse(null),
                session.failure().map(FinpayFailure::message).orElse(null),
                session.completedBy().map(TopUpId::value).orElse(null),
                TopUpRow.timestamp(session.requestedAt()),
                session.issuedAt().map(TopUpRow::timestamp).orElse(null),
                session.version());
    }

    TopUpWidgetSession toDomain() {
        return TopUpWidgetSession.reconstitute(
                new TopUpWidgetSessionId(id),
                transNumber,
                new PhoneNumber(phoneNumber),
                TopUpWidgetStatus.valueOf(status),
                widgetUrl,
                // the table keeps failure_code and failure_message both null or both set
                failureCode == null ? null : new FinpayFailure(failureCode, failureMessage == null ? "" : failureMessage),
                completedBy == null ? null : new TopUpId(completedBy),
                requestedAt.toInstant(),
                issuedAt == null ? null : issuedAt.toInstant(),
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

    private static TopUpWidgetSessionRow read(ResultSet rs, int rowNumber) throws SQLException {
        return new TopUpWidgetSessionRow(
                rs.getObject("id", UUID.class),
                rs.getString("trans_number"),
                rs.getString("phone_number"),
                rs.getString("status"),
                rs.getString("widget_url"),
                rs.getString("failure_code"),
                rs.getString("failure_message"),
                rs.getObject("completed_by", UUID.class),
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("issued_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}

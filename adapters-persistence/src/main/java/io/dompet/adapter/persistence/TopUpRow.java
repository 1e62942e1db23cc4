package io.dompet.adapter.persistence;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpKind;
import io.dompet.domain.topup.TopUpStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One row of the {@code top_up} table, mapped explicitly to and from the domain.
 *
 * <p>Timestamps: PostgreSQL's {@code timestamptz} keeps microseconds, a Java {@link Instant} may carry nanoseconds.
 * Every {@code Instant} is truncated (never rounded) to whole microseconds on its way into a row, and the adapter
 * returns the row as stored, so a top-up returned by an insert or an update and the same top-up loaded again are equal
 * to the microsecond. Values are bound and read as UTC {@link OffsetDateTime}s, so neither the JVM's nor the
 * session's time zone plays any part.
 */
record TopUpRow(UUID id, String kind, String status, String customerNumber, BigDecimal amount, String currency,
                @Nullable String partnerReferenceNo, @Nullable String client, @Nullable String idempotencyKey,
                @Nullable String channel,
                @Nullable String customerName,
                @Nullable BigDecimal fee, @Nullable String feeType, @Nullable String referenceNo,
                @Nullable String failureCode, @Nullable String failureMessage, boolean needsReview,
                @Nullable String reviewReason, int checkAttempts, @Nullable OffsetDateTime nextCheckAt, OffsetDateTime createdAt,
                OffsetDateTime updatedAt, long version) {

    /** The columns, in the order {@link #MAPPER} reads them; for {@code select} and {@code returning} clauses. */
    static final String COLUMNS = """
            id, kind, status, customer_number, amount, currency, partner_reference_no, client, idempotency_key, channel,
            customer_name, fee, fee_type, reference_no, failure_code, failure_message, needs_review, review_reason,
            check_attempts, next_check_at, created_at, updated_at, version""";

    static final RowMapper<TopUpRow> MAPPER = TopUpRow::read;

    static TopUpRow from(TopUp topUp) {
        return new TopUpRow(
                topUp.id().value(),
                topUp.kind().name(),
                topUp.status().name(),
                topUp.customerNumber().international(),
                topUp.amount().amount(),
                topUp.amount().currency().getCurrencyCode(),
                topUp.partnerReferenceNo().map(PartnerReferenceNo::value).orElse(null),
                topUp.client().map(ApiClient::name).orElse(null),
                topUp.idempotencyKey().map(IdempotencyKey::value).orElse(null),
                topUp.channel().map(TopUpChannel::code).orElse(null),
                topUp.customerName().orElse(null),
                topUp.fee().map(Money::amount).orElse(null),
                topUp.feeType().orElse(null),
                topUp.referenceNo().orElse(null),
                topUp.failure().map(FinpayFailure::code).orElse(null),
                topUp.failure().map(FinpayFailure::message).orElse(null),
                topUp.needsReview(),
                topUp.reviewReason().orElse(null),
                topUp.checkAttempts(),
                topUp.nextCheckAt().map(TopUpRow::timestamp).orElse(null),
                timestamp(topUp.createdAt()),
                timestamp(topUp.updatedAt()),
                topUp.version());
    }

    TopUp toDomain() {
        Currency rowCurrency = Currency.getInstance(currency);
        return TopUp.reconstitute(
                new TopUpId(id),
                TopUpKind.valueOf(kind),
                TopUpStatus.valueOf(status),
                new PhoneNumber(customerNumber),
                new Money(amount, rowCurrency),
                partnerReferenceNo == null ? null : new PartnerReferenceNo(partnerReferenceNo),
                client == null ? null : new ApiClient(client),
                idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey),
                channel == null ? null : new TopUpChannel(channel),
                customerName,
                fee == null ? null : new Money(fee, rowCurrency),
                feeType,
                referenceNo,
                // the table keeps failure_code and failure_message both null or both set
                failureCode == null ? null : new FinpayFailure(failureCode, failureMessage == null ? "" : failureMessage),
                needsReview,
                reviewReason,
                checkAttempts,
                nextCheckAt == null ? null : nextCheckAt.toInstant(),
                createdAt.toInstant(),
                updatedAt.toInstant(),
                version);
    }

    /** Every column as a named parameter with its SQL type, so that nulls are bound with the right type. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("id", id, Types.OTHER)
                .addValue("kind", kind, Types.VARCHAR)
                .addValue("status", status, Types.VARCHAR)
                .addValue("customerNumber", customerNumber, Types.VARCHAR)
                .addValue("amount", amount, Types.NUMERIC)
                .addValue("currency", currency, Types.CHAR)
                .addValue("partnerReferenceNo", partnerReferenceNo, Types.VARCHAR)
                .addValue("client", client, Types.VARCHAR)
                .addValue("idempotencyKey", idempotencyKey, Types.VARCHAR)
                .addValue("channel", channel, Types.VARCHAR)
                .addValue("customerName", customerName, Types.VARCHAR)
                .addValue("fee", fee, Types.NUMERIC)
                .addValue("feeType", feeType, Types.VARCHAR)
                .addValue("referenceNo", referenceNo, Types.VARCHAR)
                .addValue("failureCode", failureCode, Types.VARCHAR)
                .addValue("failureMessage", failureMessage, Types.VARCHAR)
                .addValue("needsReview", needsReview, Types.BOOLEAN)
                .addValue("reviewReason", reviewReason, Types.VARCHAR)
                .addValue("checkAttempts", checkAttempts, Types.INTEGER)
                .addValue("nextCheckAt", nextCheckAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("createdAt", createdAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("updatedAt", updatedAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("version", version, Types.BIGINT);
    }

    /** {@code instant} as PostgreSQL keeps it: UTC, truncated to whole microseconds. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static TopUpRow read(ResultSet rs, int rowNumber) throws SQLException {
        return new TopUpRow(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("status"),
                rs.getString("customer_number"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getString("partner_reference_no"),
                rs.getString("client"),
                rs.getString("idempotency_key"),
                rs.getString("channel"),
                rs.getString("customer_name"),
                rs.getBigDecimal("fee"),
                rs.getString("fee_type"),
                rs.getString("reference_no"),
                rs.getString("failure_code"),
                rs.getString("failure_message"),
                rs.getBoolean("needs_review"),
                rs.getString("review_reason"),
                rs.getInt("check_attempts"),
                rs.getObject("next_check_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}

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
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One row of the {@code top_up} table, mapped explicitly to and from the domain; instants and the failure are kept as
 * {@link Columns} says.
 */
record TopUpRow(UUID id, String kind, String status, String customerNumber, BigDecimal amount, String currency,
                @Nullable String partnerReferenceNo, @Nullable String client, @Nullable String idempotencyKey,
                @Nullable String channel,
                @Nullable String customerName,
                @Nullable BigDecimal fee, @Nullable String feeType, @Nullable String referenceNo,
                @Nullable String failureCode, @Nullable String failureMessage, boolean needsReview,
                @Nullable String reviewReason, int checkAttempts, @Nullable OffsetDateTime nextCheckAt, OffsetDateTime createdAt,
                OffsetDateTime updatedAt, long version) {

    /** The columns {@link #MAPPER} reads; for {@code select} and {@code returning} clauses. */
    static final String COLUMNS = """
            id, kind, status, customer_number, amount, currency, partner_reference_no, client, idempotency_key, channel,
            customer_name, fee, fee_type, reference_no, failure_code, failure_message, needs_review, review_reason,
            check_attempts, next_check_at, created_at, updated_at, version""";

    /**
     * The columns an insert writes and their {@link #parameters()} (plus {@code :version}), for
     * {@code insert into top_up (INSERTED_COLUMNS) values (INSERTED_VALUES)}.
     */
    static final String INSERTED_COLUMNS = """
            id, kind, status, customer_number, amount, currency, partner_reference_no, client, idempotency_key, channel,
            customer_name, fee, fee_type, reference_no, failure_code, failure_message, needs_review, review_reason,
            check_attempts, next_check_at, created_at, updated_at, version""";
    static final String INSERTED_VALUES = """
            :id, :kind, :status, :customerNumber, :amount, :currency, :partnerReferenceNo, :client, :idempotencyKey,
            :channel, :customerName, :fee, :feeType, :referenceNo, :failureCode, :failureMessage, :needsReview,
            :reviewReason, :checkAttempts, :nextCheckAt, :createdAt, :updatedAt, :version""";

    private static final RowMapper<TopUpRow> ROWS = new SimplePropertyRowMapper<>(TopUpRow.class);

    /** Reads a row, each column into the component of its name, as the top-up it stores. */
    static final RowMapper<TopUp> MAPPER = (rs, rowNumber) -> ROWS.mapRow(rs, rowNumber).toDomain();

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
                Columns.failureCode(topUp.failure()),
                Columns.failureMessage(topUp.failure()),
                topUp.needsReview(),
                topUp.reviewReason().orElse(null),
                topUp.checkAttempts(),
                Columns.timestamp(topUp.nextCheckAt()),
                Columns.timestamp(topUp.createdAt()),
                Columns.timestamp(topUp.updatedAt()),
                topUp.version());
    }

    private TopUp toDomain() {
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
                Columns.failure(failureCode, failureMessage),
                needsReview,
                reviewReason,
                checkAttempts,
                Columns.instant(nextCheckAt),
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
}

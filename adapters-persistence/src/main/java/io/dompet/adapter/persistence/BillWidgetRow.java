package io.dompet.adapter.persistence;

import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.BillWidgetStatus;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One row of the {@code bill_widget} table, mapped explicitly to and from the domain. The status is the stored one
 * ({@link BillWidget#storedStatus()}), never the one with expiry applied; instants and the failure are kept as
 * {@link Columns} says; the product codes keep their order in a {@code text[]}; the bill columns are all null when the
 * widget has no bill.
 *
 * <p>The timeout is kept in whole seconds ({@code timeout_seconds}): a timeout with a fraction of a second is refused
 * rather than rounded, so that what loads is what was stored.
 *
 * <p>{@link #toString()} leaves out the bill's personal data and the token. Not meant to be compared: a record
 * compares its {@code productCodes} array by identity.
 */
record BillWidgetRow(UUID id, String trxId, String uniqKey, String[] productCodes, @Nullable String billNumber,
                     @Nullable BigDecimal billAmount, @Nullable String billPeriod, @Nullable String billCustomerName,
                     @Nullable String billCustomerPhone, @Nullable String billCustomerEmail, boolean isNotif,
                     int timeoutSeconds, String backUrl, String returnUrl, String status, @Nullable String redirectUrl,
                     @Nullable String token, @Nullable String failureCode, @Nullable String failureMessage,
                     OffsetDateTime requestedAt, @Nullable OffsetDateTime issuedAt, long version) {

    /** The columns, in the order {@link #MAPPER} reads them; for {@code select} and {@code returning} clauses. */
    static final String COLUMNS = """
            id, trx_id, uniq_key, product_codes, bill_number, bill_amount, bill_period, bill_customer_name,
            bill_customer_phone, bill_customer_email, is_notif, timeout_seconds, back_url, return_url, status,
            redirect_url, token, failure_code, failure_message, requested_at, issued_at, version""";

    /** Reads a row as the widget it stores. */
    static final RowMapper<BillWidget> MAPPER = (rs, rowNumber) -> read(rs).toDomain();

    static BillWidgetRow from(BillWidget widget) {
        BillInfo bill = widget.billInfo().orElse(null);
        return new BillWidgetRow(
                widget.id().value(),
                widget.trxId(),
                widget.uniqKey(),
                widget.productCodes().stream().map(ProductCode::value).toArray(String[]::new),
                bill == null ? null : bill.billNumber(),
                bill == null || bill.amount() == null ? null : bill.amount().amount(),
                bill == null ? null : bill.period(),
                bill == null ? null : bill.customerName(),
                bill == null ? null : bill.customerPhone(),
                bill == null ? null : bill.customerEmail(),
                widget.isNotif(),
                wholeSeconds(widget.timeout()),
                widget.backUrl(),
                widget.returnUrl(),
                widget.storedStatus().name(),
                widget.redirectUrl().orElse(null),
                widget.token().orElse(null),
                Columns.failureCode(widget.failure()),
                Columns.failureMessage(widget.failure()),
                Columns.timestamp(widget.requestedAt()),
                Columns.timestamp(widget.issuedAt()),
                widget.version());
    }

    private static int wholeSeconds(Duration timeout) {
        if (timeout.getNano() != 0) {
            throw new IllegalArgumentException("a bill widget's timeout is stored in whole seconds");
        }
        // the domain keeps it between 30 seconds and 24 hours
        return Math.toIntExact(timeout.getSeconds());
    }

    private BillWidget toDomain() {
        return BillWidget.reconstitute(
                new BillWidgetId(id),
                trxId,
                uniqKey,
                Arrays.stream(productCodes).map(ProductCode::new).toList(),
                // the table keeps every bill column null when there is no bill number
                billNumber == null ? null : new BillInfo(billNumber, billAmount == null ? null : Money.idr(billAmount),
                        billPeriod, billCustomerName, billCustomerPhone, billCustomerEmail),
                isNotif,
                Duration.ofSeconds(timeoutSeconds),
                backUrl,
                returnUrl,
                BillWidgetStatus.valueOf(status),
                redirectUrl,
                token,
                Columns.failure(failureCode, failureMessage),
                requestedAt.toInstant(),
                Columns.instant(issuedAt),
                version);
    }

    /** Every column as a named parameter with its SQL type, so that nulls are bound with the right type. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("id", id, Types.OTHER)
                .addValue("trxId", trxId, Types.VARCHAR)
                .addValue("uniqKey", uniqKey, Types.VARCHAR)
                // bound as a whole array (PgJDBC sends a String[] as varchar[]); the statements cast it to text[]
                .addValue("productCodes", productCodes)
                .addValue("billNumber", billNumber, Types.VARCHAR)
                .addValue("billAmount", billAmount, Types.NUMERIC)
                .addValue("billPeriod", billPeriod, Types.VARCHAR)
                .addValue("billCustomerName", billCustomerName, Types.VARCHAR)
                .addValue("billCustomerPhone", billCustomerPhone, Types.VARCHAR)
                .addValue("billCustomerEmail", billCustomerEmail, Types.VARCHAR)
                .addValue("isNotif", isNotif, Types.BOOLEAN)
                .addValue("timeoutSeconds", timeoutSeconds, Types.INTEGER)
                .addValue("backUrl", backUrl, Types.VARCHAR)
                .addValue("returnUrl", returnUrl, Types.VARCHAR)
                .addValue("status", status, Types.VARCHAR)
                .addValue("redirectUrl", redirectUrl, Types.VARCHAR)
                .addValue("token", token, Types.VARCHAR)
                .addValue("failureCode", failureCode, Types.VARCHAR)
                .addValue("failureMessage", failureMessage, Types.VARCHAR)
                .addValue("requestedAt", requestedAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("issuedAt", issuedAt, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("version", version, Types.BIGINT);
    }

    /** Without the bill's personal data and without the token. */
    @Override
    public String toString() {
        return "BillWidgetRow[id=" + id + ", trxId=" + trxId + ", productCodes=" + Arrays.toString(productCodes)
                + ", status=" + status + ", version=" + version + "]";
    }

    private static BillWidgetRow read(ResultSet rs) throws SQLException {
        Array codes = rs.getArray("product_codes");
        String[] productCodes;
        try {
            productCodes = (String[]) codes.getArray();
        } finally {
            codes.free();
        }
        return new BillWidgetRow(
                rs.getObject("id", UUID.class),
                rs.getString("trx_id"),
                rs.getString("uniq_key"),
                productCodes,
                rs.getString("bill_number"),
                rs.getBigDecimal("bill_amount"),
                rs.getString("bill_period"),
                rs.getString("bill_customer_name"),
                rs.getString("bill_customer_phone"),
                rs.getString("bill_customer_email"),
                rs.getBoolean("is_notif"),
                rs.getInt("timeout_seconds"),
                rs.getString("back_url"),
                rs.getString("return_url"),
                rs.getString("status"),
                rs.getString("redirect_url"),
                rs.getString("token"),
                rs.getString("failure_code"),
                rs.getString("failure_message"),
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("issued_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}

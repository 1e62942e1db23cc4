package io.dompet.adapter.persistence;

import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import java.sql.Types;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores bill widgets in the {@code bill_widget} table (migration V6). The uniqueness of {@code trxId} and
 * {@code uniqKey} is left to the table's unique constraints, so that of two concurrent writers exactly one wins;
 * updates are optimistic ({@code WHERE version = :expected}). Insert and update return the row as stored
 * ({@code RETURNING}): the given widget with its new version and its timestamps truncated to microseconds.
 *
 * <p>A write refused by a unique constraint becomes a {@link DuplicateRecordException}, any other refused write an
 * {@link IllegalStateException}, each naming the constraint (see {@link ViolatedConstraint}) and nothing else:
 * PostgreSQL's own message may quote the row, with the customer's name, phone, e-mail and the token, so it is not kept
 * as the cause.
 */
public class BillWidgetPersistenceAdapter implements BillWidgetStorePort {

    static final String PRIMARY_KEY_CONSTRAINT = "bill_widget_pkey";
    static final String TRX_ID_CONSTRAINT = "bill_widget_trx_id_key";
    static final String UNIQ_KEY_CONSTRAINT = "bill_widget_uniq_key_key";
    private static final Map<String, String> REFUSALS = Map.of(
            TRX_ID_CONSTRAINT, "a bill widget with this trxId is already stored",
            UNIQ_KEY_CONSTRAINT, "a bill widget with this uniqKey is already stored",
            PRIMARY_KEY_CONSTRAINT, "a bill widget with this id is already stored");

    private final JdbcClient jdbc;
    private final VersionedTable<BillWidget> table;

    public BillWidgetPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.table = new VersionedTable<>(jdbc, "bill widget", BillWidgetRow.MAPPER,
                DataIntegrityViolationException.class, REFUSALS);
    }

    /**
     * Stores {@code widget} at version 0, whatever version it carries.
     *
     * @throws IllegalArgumentException when its timeout is not a whole number of seconds (the table keeps seconds)
     */
    @Override
    public BillWidget insertBillWidget(BillWidget widget) {
        BillWidgetRow row = BillWidgetRow.from(Objects.requireNonNull(widget, "widget"));
        return table.insert("""
                            insert into bill_widget (id, trx_id, uniq_key, product_codes, bill_number, bill_amount,
                                                     bill_period, bill_customer_name, bill_customer_phone,
                                                     bill_customer_email, is_notif, timeout_seconds, back_url,
                                                     return_url, status, redirect_url, token, failure_code,
                                                     failure_message, requested_at, issued_at, version)
                            values (:id, :trxId, :uniqKey, cast(:productCodes as text[]), :billNumber, :billAmount,
                                    :billPeriod, :billCustomerName, :billCustomerPhone,
                                    :billCustomerEmail, :isNotif, :timeoutSeconds, :backUrl,
                                    :returnUrl, :status, :redirectUrl, :token, :failureCode,
                                    :failureMessage, :requestedAt, :issuedAt, 0)
                            returning %s
                            """.formatted(BillWidgetRow.COLUMNS), row.parameters());
    }

    /**
     * Stores the changeable fields of {@code widget} (status, redirect URL, token, failure, issue time) if its row is
     * still at {@code widget.version()}; what never changes (keys, product codes, bill, settings, request time) is
     * not written.
     */
    @Override
    public BillWidget updateBillWidget(BillWidget widget) {
        BillWidgetRow row = BillWidgetRow.from(Objects.requireNonNull(widget, "widget"));
        return table.update("""
                            update bill_widget
                               set status = :status,
                                   redirect_url = :redirectUrl,
                                   token = :token,
                                   failure_code = :failureCode,
                                   failure_message = :failureMessage,
                                   issued_at = :issuedAt,
                                   version = version + 1
                             where id = :id
                               and version = :version
                            returning %s
                            """.formatted(BillWidgetRow.COLUMNS), row.parameters(), widget.id(), widget.version());
    }

    @Override
    public Optional<BillWidget> loadBillWidget(BillWidgetId id) {
        return jdbc.sql("select " + BillWidgetRow.COLUMNS + " from bill_widget where id = :id")
                .param("id", Objects.requireNonNull(id, "id").value(), Types.OTHER)
                .query(BillWidgetRow.MAPPER)
                .optional();
    }
}

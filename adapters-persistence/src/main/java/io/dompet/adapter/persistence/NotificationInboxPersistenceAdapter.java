package io.dompet.adapter.persistence;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.NotificationInboxPort;
import io.dompet.domain.topup.TopUp;
import java.sql.Types;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Notify Top Up inbox in the {@code top_up_notification} table, one row per Finpay {@code referenceNo} (its
 * primary key). Of two concurrent inserts of one {@code referenceNo} the second waits for the first transaction and
 * fails if it commits, so a notification is recorded once however often, and on however many instances, it arrives.
 *
 * <p>The entry refers to its top-up ({@code top_up_id}, a foreign key), so the top-up is inserted first, in the same
 * statement ({@link #recordCreditedNotification}). For a notified top-up that insert already meets the partial unique index
 * {@code top_up_notified_reference_no_key} on {@code top_up(reference_no)}: a concurrent second delivery that inserts
 * its top-up first therefore fails there, with {@code DuplicateRecordException}, before it reaches this table.
 */
public class NotificationInboxPersistenceAdapter implements NotificationInboxPort {

    static final String PRIMARY_KEY_CONSTRAINT = "top_up_notification_pkey";
    static final String TOP_UP_ID_CONSTRAINT = "top_up_notification_top_up_id_key";
    private static final Map<String, String> REFUSALS = Map.of(
            PRIMARY_KEY_CONSTRAINT, "a notification with this Finpay referenceNo is already in the inbox",
            TOP_UP_ID_CONSTRAINT, "a notification for this top-up is already in the inbox",
            TopUpPersistenceAdapter.NOTIFIED_REFERENCE_NO_CONSTRAINT,
            "a notified top-up with this Finpay referenceNo is already stored",
            TopUpPersistenceAdapter.PRIMARY_KEY_CONSTRAINT, "a top-up with this id is already stored");

    /**
     * The statement of {@link #recordCreditedNotification}, made once: formatted per call it cost the hot path of every
     * notification a format and a new string for the JDBC template's statement cache to hash and compare.
     */
    static final String RECORD_CREDITED_NOTIFICATION = """
            with notified as (
                insert into top_up (%s)
                values (%s)
                returning %s
            ), recorded as (
                insert into top_up_notification (reference_no, top_up_id, customer_number, amount,
                                                 currency, channel, raw_body, headers, request_path,
                                                 received_at)
                select :inbox_referenceNo, notified.id, :inbox_customerNumber, :inbox_amount,
                       :inbox_currency, :inbox_channel, :inbox_rawBody, cast(:inbox_headers as jsonb),
                       :inbox_requestPath, :inbox_receivedAt
                  from notified
            ), credited as (
                insert into wallet (customer_number, customer_name, credited_total, currency, version,
                                    created_at, updated_at)
                select notified.customer_number, null, notified.amount, notified.currency, 0, now(), now()
                  from notified
                %s
            )
            select %s from notified
            """.formatted(TopUpRow.INSERTED_COLUMNS, TopUpRow.INSERTED_VALUES, TopUpRow.COLUMNS,
            WalletPersistenceAdapter.CREDIT_ON_CONFLICT, TopUpRow.COLUMNS);

    private final JdbcClient jdbc;

    public NotificationInboxPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    /**
     * One statement (issue 13: one round trip instead of three): a data-modifying {@code WITH} inserts the notified
     * top-up at version 0, the inbox entry that refers to it, and credits its amount to the wallet exactly as
     * {@link WalletPersistenceAdapter#creditWallet} does ({@code credited_total + excluded…}, a new wallet at version
     * 0), then returns the top-up as stored. The statement is atomic: a unique constraint that refuses any of its rows
     * (the top-up's {@code top_up_notified_reference_no_key}, the inbox's primary key)
     * leaves nothing written and becomes a {@link DuplicateRecordException} naming it.
     */
    @Override
    public TopUp recordCreditedNotification(TopUp topUp, InboxEntry entry) {
        Objects.requireNonNull(topUp, "topUp");
        Objects.requireNonNull(entry, "entry");
        if (!entry.topUpId().equals(topUp.id()) || !topUp.referenceNo().equals(Optional.of(entry.referenceNo()))
                || !topUp.customerNumber().equals(entry.phoneNo()) || !topUp.amount().equals(entry.amount())) {
            throw new IllegalArgumentException("the inbox entry does not describe the notified top-up it refers to");
        }
        MapSqlParameterSource parameters = TopUpRow.from(topUp).parameters().addValue("version", 0L, Types.BIGINT);
        MapSqlParameterSource inboxParameters = NotificationRow.from(entry).parameters();
        for (String name : inboxParameters.getParameterNames()) {
            parameters.addValue("inbox_" + name, inboxParameters.getValue(name), inboxParameters.getSqlType(name));
        }
        try {
            return jdbc.sql(RECORD_CREDITED_NOTIFICATION)
                    .paramSource(parameters)
                    .query(TopUpRow.MAPPER)
                    .single();
        } catch (DuplicateKeyException e) {
            throw ViolatedConstraint.refusal("notification", "insert", e, REFUSALS);
        }
    }

    @Override
    public Optional<InboxEntry> loadNotification(String referenceNo) {
        return jdbc.sql("select " + NotificationRow.COLUMNS + " from top_up_notification where reference_no = :referenceNo")
                .param("referenceNo", Objects.requireNonNull(referenceNo, "referenceNo"), Types.VARCHAR)
                .query(NotificationRow.MAPPER)
                .optional();
    }
}

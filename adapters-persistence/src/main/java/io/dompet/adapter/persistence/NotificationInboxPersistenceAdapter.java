package io.dompet.adapter.persistence;

import io.dompet.application.port.out.NotificationInboxPort;
import java.sql.Types;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Notify Top Up inbox in the {@code top_up_notification} table, one row per Finpay {@code referenceNo} (its
 * primary key). Of two concurrent inserts of one {@code referenceNo} the second waits for the first transaction and
 * fails if it commits, so a notification is recorded once however often, and on however many instances, it arrives.
 *
 * <p>The entry refers to its top-up ({@code top_up_id}, a foreign key), so the top-up is inserted first in the same
 * transaction. For a notified top-up that insert already meets the partial unique index
 * {@code top_up_notified_reference_no_key} on {@code top_up(reference_no)}: a concurrent second delivery that inserts
 * its top-up first therefore fails there, with {@code DuplicateRecordException}, before it reaches this table.
 */
public class NotificationInboxPersistenceAdapter implements NotificationInboxPort {

    static final String PRIMARY_KEY_CONSTRAINT = "top_up_notification_pkey";
    static final String TOP_UP_ID_CONSTRAINT = "top_up_notification_top_up_id_key";
    private static final Map<String, String> REFUSALS = Map.of(
            PRIMARY_KEY_CONSTRAINT, "a notification with this Finpay referenceNo is already in the inbox",
            TOP_UP_ID_CONSTRAINT, "a notification for this top-up is already in the inbox");

    private final JdbcClient jdbc;

    public NotificationInboxPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public void recordNotification(InboxEntry entry) {
        NotificationRow row = NotificationRow.from(Objects.requireNonNull(entry, "entry"));
        try {
            jdbc.sql("""
                            insert into top_up_notification (reference_no, top_up_id, customer_number, amount, currency,
                                                             channel, raw_body, headers, request_path, received_at)
                            values (:referenceNo, :topUpId, :customerNumber, :amount, :currency,
                                    :channel, :rawBody, cast(:headers as jsonb), :requestPath, :receivedAt)
                            """)
                    .paramSource(row.parameters())
                    .update();
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

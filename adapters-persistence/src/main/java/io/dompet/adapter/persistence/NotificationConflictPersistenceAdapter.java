package io.dompet.adapter.persistence;

import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.out.NotificationConflictPort;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpNotification;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notification conflicts in the {@code notification_conflict} table (migration V11): one row per distinct content
 * ({@code on conflict do nothing} on its unique key, so concurrent refusals record it once), times on PostgreSQL's
 * clock, an optimistic acknowledgement ({@code where version = :version}).
 */
public class NotificationConflictPersistenceAdapter implements NotificationConflictPort {

    private static final String COLUMNS = "id, reference_no, customer_number, amount, currency, channel, received_at,"
            + " acknowledged_at, acknowledged_by, version";
    /** Also renders the snapshots of {@code notification.conflict} events ({@link EventLogPersistenceAdapter}). */
    static final RowMapper<NotificationConflict> MAPPER = (rs, row) -> {
        String acknowledgedBy = rs.getString("acknowledged_by");
        OffsetDateTime acknowledgedAt = rs.getObject("acknowledged_at", OffsetDateTime.class);
        return new NotificationConflict(rs.getObject("id", UUID.class), rs.getString("reference_no"),
                new PhoneNumber(rs.getString("customer_number")),
                new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                new TopUpChannel(rs.getString("channel")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                acknowledgedAt == null ? null : acknowledgedAt.toInstant(),
                acknowledgedBy == null ? null : new ApiClient(acknowledgedBy), rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    public NotificationConflictPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public void recordConflict(TopUpNotification refused) {
        jdbc.sql("""
                        insert into notification_conflict (id, reference_no, customer_number, amount, currency, channel)
                        values (:id, :referenceNo, :customerNumber, :amount, :currency, :channel)
                        on conflict on constraint notification_conflict_content_key do nothing
                        """)
                .param("id", UUID.randomUUID(), Types.OTHER)
                .param("referenceNo", refused.referenceNo(), Types.VARCHAR)
                .param("customerNumber", refused.phoneNo().international(), Types.VARCHAR)
                .param("amount", refused.amount().amount(), Types.NUMERIC)
                .param("currency", refused.amount().currency().getCurrencyCode(), Types.CHAR)
                .param("channel", refused.channel().code(), Types.VARCHAR)
                .update();
    }

    @Override
    public Optional<NotificationConflict> loadConflict(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification_conflict where id = :id")
                .param("id", id, Types.OTHER)
                .query(MAPPER)
                .optional();
    }

    /** Served by {@code notification_conflict_received_idx}, or the partial {@code notification_conflict_open_idx}. */
    @Override
    public List<NotificationConflict> listConflicts(@Nullable Boolean acknowledged, @Nullable PageCursor after,
                                                    int limit) {
        Keyset page = new Keyset("received_at");
        if (acknowledged != null) {
            page.where(acknowledged ? "acknowledged_at is not null" : "acknowledged_at is null");
        }
        return page.page("select " + COLUMNS + " from notification_conflict", null, null, after, limit)
                .list(jdbc, MAPPER);
    }

    @Override
    public NotificationConflict acknowledge(NotificationConflict conflict, ApiClient by) {
        return jdbc.sql("""
                        update notification_conflict
                           set acknowledged_at = clock_timestamp(),
                               acknowledged_by = :by,
                               version = version + 1
                         where id = :id
                           and version = :version
                        returning %s
                        """.formatted(COLUMNS))
                .param("id", conflict.id(), Types.OTHER)
                .param("version", conflict.version(), Types.BIGINT)
                .param("by", by.name(), Types.VARCHAR)
                .query(MAPPER)
                .optional()
                .orElseThrow(() -> new StaleRecordException("notification conflict", conflict.id(), conflict.version()));
    }
}

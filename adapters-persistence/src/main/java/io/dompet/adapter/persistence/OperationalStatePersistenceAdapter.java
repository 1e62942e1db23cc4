package io.dompet.adapter.persistence;

import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cluster's operational state for the metrics' gauges, in one statement of four counts over partial indexes:
 * open top-ups needing review, the age of the oldest open top-up by PostgreSQL's clock (0 when none is open), the
 * webhook deliveries waiting and the notification conflicts not acknowledged. Bootstrap's gauges cache it.
 */
public class OperationalStatePersistenceAdapter {

    private static final String OPEN = "('REQUESTED', 'SENDING', 'PENDING')";
    private static final String READ = "select"
            + " (select count(*) from top_up where needs_review and status in " + OPEN + ") as needing_review,"
            + " (select coalesce(extract(epoch from now() - min(created_at)), 0) from top_up where status in " + OPEN
            + ") as oldest_open_age,"
            + " (select count(*) from webhook_delivery where status = 'PENDING') as webhook_backlog,"
            + " (select count(*) from notification_conflict where acknowledged_at is null) as open_conflicts";

    private final JdbcClient jdbc;

    public OperationalStatePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    /** The state now; throws what the database throws. */
    public OperationalState read() {
        return jdbc.sql(READ).query((rs, row) -> new OperationalState(rs.getLong(1), rs.getDouble(2), rs.getLong(3),
                rs.getLong(4))).single();
    }

    /** The four values, as {@link #read()} found them. */
    public record OperationalState(long topUpsNeedingReview, double oldestOpenTopUpAgeSeconds, long webhookBacklog,
                                   long openNotificationConflicts) {
    }
}

package io.dompet.adapter.persistence;

import io.dompet.domain.event.EventCursor;
import io.dompet.application.port.out.EventLogPort;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.event.EventType;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the {@code event} table (migration V10), which the triggers of {@code top_up}, {@code top_up_notification},
 * {@code top_up_widget_session}, {@code bill_widget} (V10), {@code operator_review} and {@code notification_conflict}
 * (V12) fill in the transaction of each change. Why triggers rather
 * than an insert in each service: every writer of those tables, on every instance and in every future code path,
 * writes the event in the change's own transaction without one more round trip, and the one place that says which
 * change is which event is the migration.
 *
 * <p>Pages are read in {@code (xid, seq)} order and only up to the oldest transaction still running
 * ({@code pg_snapshot_xmin(pg_current_snapshot())}): every transaction older than it has ended, and every event
 * written later belongs to a younger transaction, so a reader that moved past a position never meets a new event
 * before it. (In {@code seq} order alone, a transaction that took seq 5 and commits after one that took seq 6 would be
 * skipped by a reader that had read 6.) The price: a long transaction anywhere in the cluster delays, never hides,
 * the events after it.
 *
 * <p>An event's resource is the row as it was right after the change ({@code snapshot}), turned back into a row of
 * its table by {@code jsonb_populate_record} and read by the table's own row mapper: one mapping, the resource's.
 */
public class EventLogPersistenceAdapter implements EventLogPort {

    private static final String EVENT_COLUMNS = "e.id, e.type, e.created_at, e.xid::text::bigint as xid, e.seq, e.resource_type";
    /** Readable events only: written by a transaction older than every transaction still running. */
    private static final String COMMITTED = "e.xid < pg_snapshot_xmin(pg_current_snapshot())";

    private final JdbcClient jdbc;

    public EventLogPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public List<StoredEvent> loadEvents(EventCursor after, int limit, Optional<EventType> type) {
        Objects.requireNonNull(after);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        List<Header> headers = jdbc.sql("""
                        select %s
                          from event e
                         where (e.xid, e.seq) > (cast(cast(:xid as text) as xid8), :seq)
                           and %s
                           and (cast(:type as varchar) is null or e.type = cast(:type as varchar))
                         order by e.xid, e.seq
                         limit :limit
                        """.formatted(EVENT_COLUMNS, COMMITTED))
                .param("xid", after.xid(), Types.BIGINT)
                .param("seq", after.seq(), Types.BIGINT)
                .param("type", type.map(EventType::wireName).orElse(null), Types.VARCHAR)
                .param("limit", limit, Types.INTEGER)
                .query(Header.MAPPER)
                .list();
        return withResources(headers);
    }

    @Override
    public Optional<StoredEvent> loadEvent(String id) {
        List<Header> headers = jdbc.sql("select " + EVENT_COLUMNS + " from event e where e.id = :id and " + COMMITTED)
                .param("id", Objects.requireNonNull(id), Types.VARCHAR)
                .query(Header.MAPPER)
                .list();
        return withResources(headers).stream().findFirst();
    }

    /**
     * Stores {@code EXPIRED} on every open widget past its lifetime (PostgreSQL's clock): the triggers write the
     * expired events in the same statement, once (a widget is expired once, and the log takes each event once). Stored
     * {@code EXPIRED} reads as before (the domain computes it from the clock anyway) and keeps the sweep to the few
     * widgets still open.
     */
    @Override
    public int recordExpiries() {
        int sessions = jdbc.sql("""
                        update top_up_widget_session
                           set status = 'EXPIRED', version = version + 1
                         where status = 'OPEN'
                           and issued_at <= clock_timestamp() - make_interval(secs => :lifetimeSeconds)
                        """)
                .param("lifetimeSeconds", (double) TopUpWidgetSession.LIFETIME.toSeconds(), Types.DOUBLE)
                .update();
        int bills = jdbc.sql("""
                        update bill_widget
                           set status = 'EXPIRED', version = version + 1
                         where status = 'ISSUED'
                           and issued_at + make_interval(secs => timeout_seconds) <= clock_timestamp()
                        """)
                .update();
        return sessions + bills;
    }

    /** Each event with its resource: one query per kind of resource on the page. */
    private List<StoredEvent> withResources(List<Header> headers) {
        Map<Long, Resource> resources = new HashMap<>();
        resources.putAll(snapshots(headers, "top_up", TopUpRow.MAPPER, TopUpResource::new));
        resources.putAll(snapshots(headers, "top_up_widget", TopUpWidgetSessionRow.MAPPER, TopUpWidgetResource::new));
        resources.putAll(snapshots(headers, "bill_widget", BillWidgetRow.MAPPER, BillWidgetResource::new));
        resources.putAll(snapshots(headers, "notification_conflict", NotificationConflictPersistenceAdapter.MAPPER,
                NotificationConflictResource::new));
        List<StoredEvent> events = new ArrayList<>(headers.size());
        for (Header header : headers) {
            events.add(new StoredEvent(header.id, header.type, header.createdAt, new EventCursor(header.xid, header.seq),
                    Objects.requireNonNull(resources.get(header.seq), "resource of " + header.id)));
        }
        return events;
    }

    private <T> Map<Long, Resource> snapshots(List<Header> headers, String resourceType, RowMapper<T> mapper,
                                              Function<T, Resource> resource) {
        List<Long> seqs = headers.stream().filter(h -> h.resourceType.equals(resourceType)).map(h -> h.seq).toList();
        if (seqs.isEmpty()) {
            return Map.of();
        }
        String table = switch (resourceType) {
            case "top_up" -> "top_up";
            case "top_up_widget" -> "top_up_widget_session";
            case "notification_conflict" -> "notification_conflict";
            default -> "bill_widget";
        };
        Map<Long, Resource> found = new HashMap<>();
        jdbc.sql("""
                        select e.seq as event_seq, r.*
                          from event e
                         cross join lateral jsonb_populate_record(null::%s, e.snapshot) r
                         where e.seq in (:seqs)
                        """.formatted(table))
                .param("seqs", seqs)
                .query((RowCallbackHandler) rs -> found.put(rs.getLong("event_seq"),
                        resource.apply(mapper.mapRow(rs, rs.getRow()))));
        return found;
    }

    private record Header(String id, EventType type, Instant createdAt, long xid, long seq, String resourceType) {

        static final RowMapper<Header> MAPPER = Header::read;

        private static Header read(ResultSet rs, int rowNumber) throws SQLException {
            String type = rs.getString("type");
            return new Header(rs.getString("id"),
                    EventType.fromWireName(type).orElseThrow(() -> new IllegalStateException("unknown event type " + type)),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("xid"), rs.getLong("seq"),
                    rs.getString("resource_type"));
        }
    }
}

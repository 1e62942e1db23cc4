package io.dompet.adapter.persistence;

import io.dompet.domain.event.WebhookDelivery;
import io.dompet.application.port.out.WebhookDeliveryPort;
import io.dompet.domain.event.EventType;
import io.dompet.domain.shared.StoredText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook deliveries in the {@code webhook_delivery} table (migration V10), claimed like the reconciler's top-ups:
 * one statement locks the next due row {@code FOR UPDATE SKIP LOCKED} and leases it until a time on PostgreSQL's
 * clock, with a fresh lease token; an attempt is recorded only under that token, so an instance whose lease ran out
 * cannot overwrite the attempt of the instance that took the delivery over. Hand-written rather than db-scheduler
 * because a delivery is a row the API lists and filters (endpoint, status, attempts, last error) and the claim must
 * keep the order per resource, which a generic task table cannot express; the locking is PostgreSQL's own.
 *
 * <p>Fan-out walks the event log per endpoint in the log's commit-safe {@code (xid, seq)} order from the position
 * kept in {@code webhook_endpoint}, locked {@code FOR UPDATE} so that two instances fan one endpoint out one after
 * the other; the unique (event, endpoint, round) takes each delivery once whatever happens.
 */
public class WebhookDeliveryPersistenceAdapter implements WebhookDeliveryPort {

    /** At most this many events are fanned out per endpoint and call; the next call goes on. */
    private static final int FAN_OUT_BATCH = 1000;
    private static final String COLUMNS = """
            id, event_id, endpoint, round, status, attempts, last_http_status, last_error,
            next_attempt_at, created_at, updated_at""";

    /** The length of {@code last_error}. */
    private static final int LAST_ERROR_LENGTH = 255;

    private final JdbcClient jdbc;

    public WebhookDeliveryPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public int fanOut(List<Endpoint> endpoints) {
        int scheduled = 0;
        for (Endpoint endpoint : endpoints) {
            jdbc.sql("""
                            insert into webhook_endpoint (name, after_xid, after_seq)
                            select :name, coalesce(max(xid), '0'::xid8), coalesce(max(seq), 0) from event
                            on conflict (name) do nothing
                            """)
                    .param("name", endpoint.name(), Types.VARCHAR)
                    .update();
            scheduled += jdbc.sql("""
                            with position as (
                                select after_xid, after_seq from webhook_endpoint where name = :name for update),
                            batch as (
                                select e.id, e.type, e.resource_id, e.xid, e.seq
                                  from event e, position p
                                 where (e.xid, e.seq) > (p.after_xid, p.after_seq)
                                   and e.xid < pg_snapshot_xmin(pg_current_snapshot())
                                 order by e.xid, e.seq
                                 limit :batch),
                            moved as (
                                update webhook_endpoint w
                                   set after_xid = last.xid, after_seq = last.seq
                                  from (select xid, seq from batch order by xid desc, seq desc limit 1) last
                                 where w.name = :name),
                            scheduled as (
                                insert into webhook_delivery (event_id, endpoint, resource_id, event_xid, event_seq)
                                select b.id, :name, b.resource_id, b.xid, b.seq
                                  from batch b
                                 where cast(:types as text[]) is null or b.type = any(cast(:types as text[]))
                                on conflict do nothing
                                returning 1)
                            select count(*) from scheduled
                            """)
                    .param("name", endpoint.name(), Types.VARCHAR)
                    .param("batch", FAN_OUT_BATCH, Types.INTEGER)
                    .param("types", endpoint.types().isEmpty() ? null
                            : endpoint.types().stream().map(EventType::wireName).toArray(String[]::new), Types.ARRAY)
                    .query(Integer.class)
                    .single();
        }
        return scheduled;
    }

    @Override
    public Optional<ClaimedDelivery> claimNext(Duration lease) {
        return jdbc.sql("""
                        update webhook_delivery
                           set lease_until = clock_timestamp() + make_interval(secs => :leaseSeconds),
                               lease_token = gen_random_uuid()
                         where id = (select d.id
                                       from webhook_delivery d
                                      where d.status = 'PENDING'
                                        and d.next_attempt_at <= clock_timestamp()
                                        and (d.lease_until is null or d.lease_until <= clock_timestamp())
                                        and not exists (select 1
                                                          from webhook_delivery earlier
                                                         where earlier.status = 'PENDING'
                                                           and earlier.endpoint = d.endpoint
                                                           and earlier.resource_id = d.resource_id
                                                           and (earlier.event_xid, earlier.event_seq, earlier.id)
                                                               < (d.event_xid, d.event_seq, d.id))
                                      order by d.next_attempt_at, d.id
                                      limit 1
                                        for update skip locked)
                        returning id, event_id, endpoint, attempts,
                                  extract(epoch from clock_timestamp() - created_at) as age_seconds, lease_token
                        """)
                .param("leaseSeconds", lease.toNanos() / 1e9, Types.DOUBLE)
                .query((rs, rowNumber) -> new ClaimedDelivery(rs.getLong("id"), rs.getString("event_id"),
                        rs.getString("endpoint"), rs.getInt("attempts"),
                        Duration.ofNanos((long) (rs.getDouble("age_seconds") * 1e9)),
                        rs.getObject("lease_token", UUID.class)))
                .optional();
    }

    @Override
    public void recordAttempt(ClaimedDelivery claimed, Attempt attempt) {
        String status = attempt instanceof Delivered ? "DELIVERED" : attempt instanceof Retry ? "PENDING" : "FAILED";
        String error = attempt instanceof Retry retry ? retry.error()
                : attempt instanceof GaveUp gaveUp ? gaveUp.error() : null;
        double retrySeconds = attempt instanceof Retry retry ? retry.retryAfter().toNanos() / 1e9 : 0;
        jdbc.sql("""
                        update webhook_delivery
                           set status = :status,
                               attempts = attempts + 1,
                               last_http_status = :httpStatus,
                               last_error = :error,
                               next_attempt_at = clock_timestamp() + make_interval(secs => :retrySeconds),
                               lease_until = null,
                               lease_token = null,
                               updated_at = clock_timestamp()
                         where id = :id
                           and lease_token = :leaseToken
                        """)
                .param("status", status, Types.VARCHAR)
                .param("httpStatus", attempt.httpStatus().orElse(null), Types.INTEGER)
                .param("error", error == null ? null : StoredText.clean(error, LAST_ERROR_LENGTH), Types.VARCHAR)
                .param("retrySeconds", retrySeconds, Types.DOUBLE)
                .param("id", claimed.id(), Types.BIGINT)
                .param("leaseToken", claimed.leaseToken(), Types.OTHER)
                .update();
    }

    @Override
    public int redeliver(String eventId, EventType type, List<Endpoint> endpoints) {
        int scheduled = 0;
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.takes(type)) {
                continue;
            }
            scheduled += jdbc.sql("""
                            insert into webhook_delivery (event_id, endpoint, round, resource_id, event_xid, event_seq)
                            select e.id, :endpoint,
                                   coalesce((select max(round) from webhook_delivery
                                              where event_id = e.id and endpoint = :endpoint), 0) + 1,
                                   e.resource_id, e.xid, e.seq
                              from event e
                             where e.id = :eventId
                            """)
                    .param("endpoint", endpoint.name(), Types.VARCHAR)
                    .param("eventId", eventId, Types.VARCHAR)
                    .update();
        }
        return scheduled;
    }

    @Override
    public List<WebhookDelivery> listDeliveries(Optional<String> endpoint,
                                                      Optional<WebhookDelivery.Status> status, int limit) {
        return jdbc.sql("""
                        select %s
                          from webhook_delivery
                         where (cast(:endpoint as varchar) is null or endpoint = cast(:endpoint as varchar))
                           and (cast(:status as varchar) is null or status = cast(:status as varchar))
                         order by id desc
                         limit :limit
                        """.formatted(COLUMNS))
                .param("endpoint", endpoint.orElse(null), Types.VARCHAR)
                .param("status", status.map(Enum::name).orElse(null), Types.VARCHAR)
                .param("limit", limit, Types.INTEGER)
                .query(RESULT)
                .list();
    }

    private static final RowMapper<WebhookDelivery> RESULT = WebhookDeliveryPersistenceAdapter::read;

    private static WebhookDelivery read(ResultSet rs, int rowNumber) throws SQLException {
        WebhookDelivery.Status status = WebhookDelivery.Status.valueOf(rs.getString("status"));
        int httpStatus = rs.getInt("last_http_status");
        Optional<Integer> lastHttpStatus = rs.wasNull() ? Optional.empty() : Optional.of(httpStatus);
        return new WebhookDelivery(rs.getLong("id"), rs.getString("event_id"), rs.getString("endpoint"),
                rs.getInt("round"), status, rs.getInt("attempts"), lastHttpStatus,
                Optional.ofNullable(rs.getString("last_error")),
                status == WebhookDelivery.Status.PENDING
                        ? Optional.of(rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant()) : Optional.empty(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

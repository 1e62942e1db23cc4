package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.event.WebhookDelivery;
import io.dompet.application.port.out.WebhookDeliveryPort.ClaimedDelivery;
import io.dompet.application.port.out.WebhookDeliveryPort.Delivered;
import io.dompet.application.port.out.WebhookDeliveryPort.Endpoint;
import io.dompet.application.port.out.WebhookDeliveryPort.GaveUp;
import io.dompet.application.port.out.WebhookDeliveryPort.Retry;
import io.dompet.domain.event.EventType;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUps;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Webhook deliveries as rows: fanned out once per (event, endpoint), claimed by one instance at a time, kept in order
 * per resource, and recorded only under the claim's own lease.
 */
class WebhookDeliveryPersistenceAdapterTest {

    private static final Duration LONG_LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final WebhookDeliveryPersistenceAdapter deliveries = new WebhookDeliveryPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));
    private String snapshot;
    private final Endpoint endpoint = new Endpoint("ep-" + UUID.randomUUID().toString().substring(0, 8), Set.of());

    @BeforeEach
    void noOtherDeliveries() {
        jdbc.sql("delete from webhook_delivery").update();
        deliveries.fanOut(List.of(endpoint));   // a new endpoint starts at the end of the log
    }

    @Test
    void fanningOutTwiceSchedulesEachEventOnceAndOnlyTheTypesAnEndpointTakes() {
        Endpoint onlyFailures = new Endpoint("failures-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(EventType.TOP_UP_FAILED));
        deliveries.fanOut(List.of(onlyFailures));
        event("top_up.reviewed", UUID.randomUUID());
        event("top_up.reviewed", UUID.randomUUID());

        int first = deliveries.fanOut(List.of(endpoint, onlyFailures));
        int second = deliveries.fanOut(List.of(endpoint, onlyFailures));

        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(deliveries.listDeliveries(Optional.of(onlyFailures.name()), Optional.empty(), 50)).isEmpty();
    }

    @Test
    void twoInstancesClaimingAtOnceNeverHoldOneDeliveryTogether() throws Exception {
        for (int i = 0; i < 60; i++) {
            event("top_up.reviewed", UUID.randomUUID());
        }
        deliveries.fanOut(List.of(endpoint));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> instances = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            instances.add(pool.submit(() -> {
                together.await();
                List<Long> claimed = new ArrayList<>();
                for (Optional<ClaimedDelivery> next = claim(); next.isPresent(); next = claim()) {
                    claimed.add(next.get().id());
                }
                return claimed;
            }));
        }
        List<Long> all = new ArrayList<>(instances.get(0).get());
        all.addAll(instances.get(1).get());
        pool.shutdown();

        assertThat(all).hasSize(60);
        assertThat(new HashSet<>(all)).hasSize(60);
    }

    @Test
    void aLaterEventOfOneResourceWaitsUntilTheEarlierIsDeliveredOrFailed() {
        UUID resource = UUID.randomUUID();
        String earlier = event("top_up.reviewed", resource);
        String later = event("top_up.reviewed", resource);
        String third = event("top_up.reviewed", resource);
        deliveries.fanOut(List.of(endpoint));

        ClaimedDelivery first = claim().orElseThrow();
        assertThat(first.eventId()).isEqualTo(earlier);
        assertThat(claim()).isEmpty();
        record(first, new Retry(Optional.of(500), "the endpoint answered 500", Duration.ZERO));
        ClaimedDelivery again = claim().orElseThrow();
        assertThat(again.eventId()).isEqualTo(earlier);
        record(again, new Delivered(Optional.of(204)));

        ClaimedDelivery second = claim().orElseThrow();
        assertThat(second.eventId()).isEqualTo(later);
        record(second, new GaveUp(Optional.empty(), "no answer within 10 s"));
        assertThat(claim().orElseThrow().eventId()).isEqualTo(third);
    }

    @Test
    void anAttemptRecordedUnderALeaseThatRanOutChangesNothing() throws Exception {
        event("top_up.reviewed", UUID.randomUUID());
        deliveries.fanOut(List.of(endpoint));
        ClaimedDelivery stale = transactions.inTransaction(() -> deliveries.claimNext(Duration.ofMillis(50))).orElseThrow();
        Thread.sleep(100);
        ClaimedDelivery current = claim().orElseThrow();

        record(stale, new Delivered(Optional.of(200)));
        WebhookDelivery afterStale = only();
        record(current, new Retry(Optional.of(503), "the endpoint answered 503", Duration.ofHours(1)));
        WebhookDelivery afterCurrent = only();

        assertThat(current.id()).isEqualTo(stale.id());
        assertThat(afterStale.attempts()).isZero();
        assertThat(afterStale.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(afterCurrent.attempts()).isEqualTo(1);
        assertThat(afterCurrent.lastHttpStatus()).contains(503);
        assertThat(afterCurrent.lastError()).contains("the endpoint answered 503");
        assertThat(claim()).as("retried in an hour").isEmpty();
    }

    @Test
    void aRedeliveryIsANewRoundOfTheSameEvent() {
        String id = event("top_up.reviewed", UUID.randomUUID());
        deliveries.fanOut(List.of(endpoint));
        record(claim().orElseThrow(), new Delivered(Optional.of(200)));

        int scheduled = deliveries.redeliver(id, EventType.TOP_UP_REVIEWED,
                List.of(endpoint, new Endpoint("elsewhere", Set.of(EventType.TOP_UP_FAILED))));

        assertThat(scheduled).isEqualTo(1);
        ClaimedDelivery again = claim().orElseThrow();
        assertThat(again.eventId()).isEqualTo(id);
        assertThat(deliveries.listDeliveries(Optional.of(endpoint.name()), Optional.empty(), 50))
                .extracting(WebhookDelivery::round).containsExactly(2, 1);
    }

    private Optional<ClaimedDelivery> claim() {
        return transactions.inTransaction(() -> deliveries.claimNext(LONG_LEASE));
    }

    private void record(ClaimedDelivery claimed, io.dompet.application.port.out.WebhookDeliveryPort.Attempt attempt) {
        transactions.inTransaction(() -> {
            deliveries.recordAttempt(claimed, attempt);
            return null;
        });
    }

    private WebhookDelivery only() {
        List<WebhookDelivery> all = deliveries.listDeliveries(Optional.of(endpoint.name()), Optional.empty(), 50);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** An event of {@code resource}, committed, showing a top-up stored for it (so the log stays readable). */
    private String event(String type, UUID resource) {
        if (snapshot == null) {
            TopUp stored = new TopUpPersistenceAdapter(jdbc).insertTopUp(TopUps.direct().requested());
            snapshot = jdbc.sql("select to_jsonb(t)::text from top_up t where id = :id")
                    .param("id", stored.id().value()).query(String.class).single();
        }
        return jdbc.sql("""
                        insert into event (type, resource_type, resource_id, snapshot)
                        values (:type, 'top_up', :resource, cast(:snapshot as jsonb)) returning id""")
                .param("type", type)
                .param("resource", resource)
                .param("snapshot", snapshot)
                .query(String.class)
                .single();
    }
}

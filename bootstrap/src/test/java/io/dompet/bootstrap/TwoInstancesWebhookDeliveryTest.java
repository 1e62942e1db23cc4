package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.EventLogPersistenceAdapter;
import io.dompet.adapter.persistence.SpringTransactionAdapter;
import io.dompet.adapter.persistence.TopUpPersistenceAdapter;
import io.dompet.adapter.persistence.WebhookDeliveryPersistenceAdapter;
import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.out.WebhookDeliveryPort;
import io.dompet.application.service.EventService;
import io.dompet.application.service.WebhookDeliveryService;
import io.dompet.application.service.WebhookRetryPolicy;
import io.dompet.autoconfigure.webhook.StandardWebhookSender;
import io.dompet.autoconfigure.webhook.WebhookEndpoint;
import io.dompet.autoconfigure.webhook.WebhookSignature;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.dompet.adapter.persistence.DompetSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two dompet instances (two delivery services, each with its own sender) on one database deliver every event once
 * to a slow endpoint, and never POST one delivery from both at the same time.
 */
class TwoInstancesWebhookDeliveryTest {

    private static final EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
    private static final WebhookReceiver receiver = new WebhookReceiver();

    @AfterAll
    static void stop() {
        receiver.close();
        server.close();
    }

    @Test
    void twoInstancesOnOneDatabaseDeliverEachEventOnceAndNeverTheSameAttemptTogether() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser(server.username());
        DompetSchema.migrate(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        WebhookDeliveryService first = instance(dataSource);
        WebhookDeliveryService second = instance(dataSource);
        first.deliverDue();   // the endpoint starts at the end of the log
        String snapshot = snapshotOfATopUp(jdbc);
        for (int i = 0; i < 40; i++) {
            jdbc.sql("insert into event (type, resource_type, resource_id, snapshot) values "
                            + "('top_up.reviewed', 'top_up', :resource, cast(:snapshot as jsonb))")
                    .param("resource", UUID.randomUUID()).param("snapshot", snapshot).update();
        }
        receiver.answerAfter(Duration.ofMillis(30));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (WebhookDeliveryService instance : List.of(first, second)) {
            runs.add(instances.submit(() -> {
                int attempts = 0;
                for (int round = 0; round < 200 && receiver.all().size() < 40; round++) {
                    attempts += instance.deliverDue();
                }
                return attempts;
            }));
        }
        int attempts = runs.get(0).get() + runs.get(1).get();
        instances.shutdown();

        Map<String, Integer> perEvent = new HashMap<>();
        receiver.all().forEach(post -> perEvent.merge(post.id(), 1, Integer::sum));
        assertThat(perEvent).hasSize(40);
        assertThat(perEvent.values()).containsOnly(1);
        assertThat(attempts).isEqualTo(40);
        assertThat(receiver.overlaps()).isZero();
        assertThat(receiver.all()).allMatch(WebhookReceiver.Received::signatureValid);
        assertThat(runs.get(0).get()).as("both instances delivered").isPositive();
        assertThat(runs.get(1).get()).as("both instances delivered").isPositive();
    }

    private static WebhookDeliveryService instance(PGSimpleDataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SpringTransactionAdapter transactions = new SpringTransactionAdapter(new JdbcTransactionManager(dataSource));
        EventLogPersistenceAdapter events = new EventLogPersistenceAdapter(jdbc);
        WebhookDeliveryPersistenceAdapter deliveries = new WebhookDeliveryPersistenceAdapter(jdbc);
        List<WebhookDeliveryPort.Endpoint> endpoints = List.of(new WebhookDeliveryPort.Endpoint("merchant", Set.of()));
        EventService rendering = new EventService(events, new TopUpPersistenceAdapter(jdbc), deliveries, endpoints,
                transactions);
        StandardWebhookSender sender = new StandardWebhookSender(Map.of("merchant", new WebhookEndpoint("merchant",
                URI.create(receiver.url()), WebhookSignature.of(WebhookReceiver.SECRET))), rendering,
                JsonMapper.builder().build(), new Livemode(false), Clock.systemUTC(), Duration.ofSeconds(10));
        return new WebhookDeliveryService(events, deliveries, sender, endpoints, transactions,
                WebhookRetryPolicy.DEFAULT, Duration.ofSeconds(30), 5);
    }

    private static String snapshotOfATopUp(JdbcClient jdbc) {
        TopUp requested = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new ApiClient("shop"),
                new IdempotencyKey("two-instances"), new PartnerReferenceNo("DPTWOINSTANCES1"),
                PhoneNumber.parse("081234567890"), Money.parse("10000.00"), Instant.parse("2026-11-24T05:00:00Z"));
        new TopUpPersistenceAdapter(jdbc).insertTopUp(requested);
        return jdbc.sql("select to_jsonb(t)::text from top_up t where id = :id").param("id", requested.id().value())
                .query(String.class).single();
    }
}

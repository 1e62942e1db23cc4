package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.domain.event.EventCursor;
import io.dompet.domain.event.WebhookDelivery;
import io.dompet.application.port.out.EventLogPort;
import io.dompet.application.port.out.WebhookDeliveryPort;
import io.dompet.application.port.out.WebhookSenderPort;
import io.dompet.domain.event.EventType;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The delivery round: what an endpoint's answer makes of a claimed delivery, and no transaction around the POST. */
class WebhookDeliveryServiceTest {

    private static final WebhookRetryPolicy POLICY =
            new WebhookRetryPolicy(Duration.ofSeconds(5), Duration.ofHours(5), Duration.ofDays(3));

    private final InlineTransactions transactions = new InlineTransactions();
    private final ScriptedDeliveries deliveries = new ScriptedDeliveries();
    private final List<Boolean> sentInTransaction = new ArrayList<>();

    @Test
    void aTwoHundredIsDeliveredAndAFiveHundredIsRetriedAfterTheBackoffOfItsAttempt() {
        deliveries.claims.add(claim(0, Duration.ofMinutes(1)));
        deliveries.claims.add(claim(2, Duration.ofMinutes(1)));
        Deque<WebhookSenderPort.Answer> answers = new ArrayDeque<>(List.of(
                new WebhookSenderPort.Answer(Optional.of(200), Optional.empty()),
                new WebhookSenderPort.Answer(Optional.of(500), Optional.of("the endpoint answered 500"))));

        int attempts = service((endpoint, event) -> answers.removeFirst()).deliverDue();

        assertThat(attempts).isEqualTo(2);
        assertThat(deliveries.recorded.get(0)).isEqualTo(new WebhookDeliveryPort.Delivered(Optional.of(200)));
        assertThat(deliveries.recorded.get(1)).isEqualTo(new WebhookDeliveryPort.Retry(Optional.of(500),
                "the endpoint answered 500", Duration.ofSeconds(20)));
        assertThat(sentInTransaction).containsOnly(false);
    }

    @Test
    void aFailureOfADeliveryThreeDaysOldIsFinal() {
        deliveries.claims.add(claim(40, Duration.ofDays(3)));

        service((endpoint, event) -> new WebhookSenderPort.Answer(Optional.empty(), Optional.of("no answer within 10 s")))
                .deliverDue();

        assertThat(deliveries.recorded).containsExactly(new WebhookDeliveryPort.GaveUp(Optional.empty(), "no answer within 10 s"));
    }

    @Test
    void aSenderThatBreaksIsAFailedAttemptNotALostDelivery() {
        deliveries.claims.add(claim(0, Duration.ZERO));

        service((endpoint, event) -> {
            throw new IllegalStateException("boom with a secret");
        }).deliverDue();

        assertThat(deliveries.recorded).singleElement().isInstanceOf(WebhookDeliveryPort.Retry.class);
        assertThat(((WebhookDeliveryPort.Retry) deliveries.recorded.get(0)).error())
                .doesNotContain("secret").contains("IllegalStateException");
    }

    @Test
    void aRoundWithoutEndpointsRecordsDueExpiriesButFansOutAndClaimsNothing() {
        OneTopUpEvent events = new OneTopUpEvent();
        WebhookDeliveryService service = new WebhookDeliveryService(events, deliveries,
                (endpoint, event) -> new WebhookSenderPort.Answer(Optional.of(200), Optional.empty()), List.of(),
                transactions, POLICY, Duration.ofSeconds(30), 10);

        int attempts = service.deliverDue();

        assertThat(attempts).isZero();
        assertThat(events.expirySweeps).isEqualTo(1);
        assertThat(deliveries.fanOuts).isZero();
    }

    @Test
    void aRoundWithAnEndpointRecordsDueExpiriesAndFansOut() {
        OneTopUpEvent events = new OneTopUpEvent();
        new WebhookDeliveryService(events, deliveries,
                (endpoint, event) -> new WebhookSenderPort.Answer(Optional.of(200), Optional.empty()),
                List.of(new WebhookDeliveryPort.Endpoint("shop", Set.of())), transactions, POLICY,
                Duration.ofSeconds(30), 10).deliverDue();

        assertThat(events.expirySweeps).isEqualTo(1);
        assertThat(deliveries.fanOuts).isEqualTo(1);
    }

    private WebhookDeliveryService service(WebhookSenderPort sender) {
        WebhookSenderPort watched = (endpoint, event) -> {
            sentInTransaction.add(transactions.isOpen());
            return sender.send(endpoint, event);
        };
        List<WebhookDeliveryPort.Endpoint> endpoints = List.of(new WebhookDeliveryPort.Endpoint("shop", Set.of()));
        EventLogPort events = new OneTopUpEvent();
        return new WebhookDeliveryService(events, deliveries, watched, endpoints, transactions, POLICY,
                Duration.ofSeconds(30), 10);
    }

    private static WebhookDeliveryPort.ClaimedDelivery claim(int attempts, Duration age) {
        return new WebhookDeliveryPort.ClaimedDelivery(attempts + 1L, "evt_1", "shop", attempts, age, UUID.randomUUID());
    }

    /** Hands out the claims queued, records the attempts. */
    private static final class ScriptedDeliveries implements WebhookDeliveryPort {
        final Deque<ClaimedDelivery> claims = new ArrayDeque<>();
        final List<Attempt> recorded = new ArrayList<>();
        int fanOuts;

        @Override
        public int fanOut(List<Endpoint> endpoints) {
            fanOuts++;
            return 0;
        }

        @Override
        public Optional<ClaimedDelivery> claimNext(Duration lease) {
            return Optional.ofNullable(claims.pollFirst());
        }

        @Override
        public void recordAttempt(ClaimedDelivery claimed, Attempt attempt) {
            recorded.add(attempt);
        }

        @Override
        public int redeliver(String eventId, EventType type, List<Endpoint> endpoints) {
            return 0;
        }

        @Override
        public List<WebhookDelivery> listDeliveries(Optional<String> endpoint,
                                                          Optional<WebhookDelivery.Status> status, int limit) {
            return List.of();
        }
    }

    /** A log with one event, {@code evt_1}: a top-up that succeeded. */
    private static final class OneTopUpEvent implements EventLogPort {
        int expirySweeps;

        @Override
        public List<StoredEvent> loadEvents(EventCursor after, int limit, Optional<EventType> type) {
            return List.of();
        }

        @Override
        public Optional<StoredEvent> loadEvent(String id) {
            return Optional.of(new StoredEvent("evt_1", EventType.TOP_UP_SUCCEEDED, Instant.parse("2026-11-24T05:00:00Z"),
                    new EventCursor(1, 1), new TopUpResource(TopUp.requestDirect(new TopUpId(UUID.randomUUID()),
                    new ApiClient("shop"), new IdempotencyKey("order-1"), new PartnerReferenceNo("DP261124000000000001"),
                    PhoneNumber.parse("081234567890"), Money.parse("10000.00"), Instant.parse("2026-11-24T05:00:00Z")))));
        }

        @Override
        public int recordExpiries() {
            expirySweeps++;
            return 0;
        }
    }
}

package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryNotificationConflicts;
import io.dompet.application.fakes.InMemoryNotificationInbox;
import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InMemoryWidgetSessions;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.SequentialReferences;
import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.out.NotificationVerifierPort;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpKind;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topup.TopUpStatus;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Duration;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReceiveTopUpNotificationServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("6281234567890");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore();
    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final InMemoryNotificationInbox inbox = new InMemoryNotificationInbox(topUps, wallets);
    private final InMemoryWidgetSessions widgetSessions = new InMemoryWidgetSessions();
    private final InMemoryNotificationConflicts conflicts = new InMemoryNotificationConflicts(clock);
    private NotificationVerification nextVerification;
    private final NotificationVerifierPort verifier = raw -> nextVerification;
    private final ReceiveTopUpNotificationService service = new ReceiveTopUpNotificationService(verifier, inbox,
            topUps, transactions, new SequentialReferences(), widgetSessions, conflicts, clock);

    private static RawNotification raw(String body) {
        return new RawNotification("/callbacks/finpay/top-up", Map.of("X-TIMESTAMP", List.of("2026-11-24T12:00:00+07:00")),
                body.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-24T05:00:00Z"));
    }

    private static TopUpNotification notification(String referenceNo, PhoneNumber phone, String amount, String channel) {
        return new TopUpNotification(referenceNo, phone, OffsetDateTime.parse("2026-11-24T12:00:00+07:00"), "M1",
                Money.parse(amount), "Top up", new TopUpChannel(channel));
    }

    private NotificationResult deliver(TopUpNotification notification) {
        nextVerification = new NotificationVerification.Verified(notification);
        return service.receive(raw("{\"referenceNo\":\"" + notification.referenceNo() + "\"}"));
    }

    /** Signed and valid, but with an {@code X-TIMESTAMP} outside the verifier's window. */
    private NotificationResult deliverStale(TopUpNotification notification) {
        nextVerification = new NotificationVerification.Stale(notification, "X-TIMESTAMP outside the accepted window");
        return service.receive(raw("{\"referenceNo\":\"" + notification.referenceNo() + "\"}"));
    }

    @Test
    void aVerifiedNotificationCreatesASucceededChannelTopUpAndCreditsTheWallet() {
        NotificationResult result = deliver(notification("FPN1", CUSTOMER, "75000.00", "alfamart"));

        assertThat(result).isInstanceOf(NotificationResult.Credited.class);
        TopUp topUp = ((NotificationResult.Credited) result).topUp();
        assertThat(topUp.kind()).isEqualTo(TopUpKind.CHANNEL);
        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.referenceNo()).contains("FPN1");
        assertThat(topUp.channel()).contains(new TopUpChannel("alfamart"));
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("75000.00"));
        assertThat(inbox.loadNotification("FPN1")).hasValueSatisfying(entry -> {
            assertThat(entry.topUpId()).isEqualTo(topUp.id());
            assertThat(new String(entry.raw().body(), StandardCharsets.UTF_8)).contains("FPN1");
        });
    }

    @Test
    void aNewNotificationIsCreditedWithoutLookingItUpInTheInboxFirst() {
        assertThat(deliver(notification("FPN1", CUSTOMER, "75000.00", "alfamart"))).isInstanceOf(NotificationResult.Credited.class);

        assertThat(inbox.loads()).as("inbox lookups (database round trips)").isZero();
        assertThat(inbox.all()).hasSize(1);
    }

    @Test
    void aRedeliveryWithTheSameContentIsAcknowledgedWithTheSameTopUpAndCreditsNothingMore() {
        TopUp first = ((NotificationResult.Credited) deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"))).topUp();

        NotificationResult again = deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        assertThat(again).isEqualTo(new NotificationResult.AlreadyCredited(first));
        assertThat(wallets.credits()).isEqualTo(1);
        assertThat(topUps.all()).hasSize(1);
    }

    @Test
    void theSameReferenceWithAnotherAmountOrPhoneIsAConflictAndChangesNothing() {
        deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        assertThat(deliver(notification("FPN1", CUSTOMER, "75001.00", "vabca")))
                .isEqualTo(new NotificationResult.Conflicting("FPN1"));
        assertThat(deliver(notification("FPN1", PhoneNumber.parse("081299998888"), "75000.00", "vabca")))
                .isEqualTo(new NotificationResult.Conflicting("FPN1"));
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("75000.00"));
        assertThat(topUps.all()).hasSize(1);
    }

    @Test
    void aConflictingRedeliveryIsRecordedOncePerContentForAnOperator() {
        deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        deliver(notification("FPN1", CUSTOMER, "75001.00", "vabca"));
        deliver(notification("FPN1", CUSTOMER, "75001.00", "vabca"));
        deliver(notification("FPN1", PhoneNumber.parse("081299998888"), "75000.00", "vabca"));
        deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        assertThat(conflicts.all()).extracting(conflict -> conflict.amount().toPlainString())
                .containsExactlyInAnyOrder("75001.00", "75000.00");
        assertThat(conflicts.all()).allSatisfy(conflict -> {
            assertThat(conflict.referenceNo()).isEqualTo("FPN1");
            assertThat(conflict.isAcknowledged()).isFalse();
        });
    }

    @Test
    void aRedeliveryOutsideTheTimestampWindowOfACreditedNotificationIsAcknowledgedAndCreditsNothingMore() {
        TopUp first = ((NotificationResult.Credited) deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"))).topUp();

        NotificationResult again = deliverStale(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        assertThat(again).isEqualTo(new NotificationResult.AlreadyCredited(first));
        assertThat(wallets.credits()).isEqualTo(1);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("75000.00"));
        assertThat(topUps.all()).hasSize(1);
        assertThat(inbox.all()).hasSize(1);
    }

    @Test
    void aNotificationOutsideTheTimestampWindowNotReceivedBeforeIsUnauthenticatedAndStoresNothing() {
        NotificationResult result = deliverStale(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        assertThat(result).isEqualTo(new NotificationResult.Unauthenticated("X-TIMESTAMP outside the accepted window"));
        assertThat(topUps.all()).isEmpty();
        assertThat(inbox.all()).isEmpty();
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void aRedeliveryOutsideTheTimestampWindowWithAnotherAmountIsAConflictAndChangesNothing() {
        deliver(notification("FPN1", CUSTOMER, "75000.00", "vabca"));

        assertThat(deliverStale(notification("FPN1", CUSTOMER, "75001.00", "vabca")))
                .isEqualTo(new NotificationResult.Conflicting("FPN1"));
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("75000.00"));
        assertThat(topUps.all()).hasSize(1);
    }

    @Test
    void anUnknownChannelIsStillCredited() {
        assertThat(deliver(notification("FPN1", CUSTOMER, "10000.00", "qris"))).isInstanceOf(NotificationResult.Credited.class);
        assertThat(wallets.credits()).isEqualTo(1);
    }

    @Test
    void aNotificationCompletesTheCustomersOldestOpenWidgetSessionOfTheLastDay() {
        TopUpWidgetSession older = widgetSessions.insertSession(TopUpWidgetSession.request(
                new TopUpWidgetSessionId(UUID.randomUUID()), "W1", CUSTOMER, clock.instant().minusSeconds(7200)));
        older = widgetSessions.updateSession(older.open("https://widget/1", clock.instant().minusSeconds(7200)));
        TopUpWidgetSession newer = widgetSessions.insertSession(TopUpWidgetSession.request(
                new TopUpWidgetSessionId(UUID.randomUUID()), "W2", CUSTOMER, clock.instant().minusSeconds(60)));
        newer = widgetSessions.updateSession(newer.open("https://widget/2", clock.instant().minusSeconds(60)));
        TopUpWidgetSession stale = widgetSessions.insertSession(TopUpWidgetSession.request(
                new TopUpWidgetSessionId(UUID.randomUUID()), "W0", CUSTOMER, clock.instant().minus(Duration.ofHours(25))));
        widgetSessions.updateSession(stale.open("https://widget/0", clock.instant().minus(Duration.ofHours(25))));

        TopUp topUp = ((NotificationResult.Credited) deliver(notification("FPN1", CUSTOMER, "50000.00", "vabri"))).topUp();

        assertThat(widgetSessions.loadSession(older.id()).orElseThrow().storedStatus()).isEqualTo(TopUpWidgetStatus.COMPLETED);
        assertThat(widgetSessions.loadSession(older.id()).orElseThrow().completedBy()).contains(topUp.id());
        assertThat(widgetSessions.loadSession(newer.id()).orElseThrow().storedStatus()).isEqualTo(TopUpWidgetStatus.OPEN);
        assertThat(widgetSessions.loadSession(stale.id()).orElseThrow().storedStatus()).isEqualTo(TopUpWidgetStatus.OPEN);
    }

    @Test
    void refusedVerificationsStoreNothing() {
        nextVerification = new NotificationVerification.Unauthenticated("signature does not verify");
        assertThat(service.receive(raw("{}"))).isEqualTo(new NotificationResult.Unauthenticated("signature does not verify"));
        nextVerification = new NotificationVerification.Malformed("not JSON");
        assertThat(service.receive(raw("<html>"))).isEqualTo(new NotificationResult.Malformed("not JSON"));
        nextVerification = new NotificationVerification.InvalidField("amount.value", "is missing", true);
        assertThat(service.receive(raw("{}"))).isEqualTo(new NotificationResult.InvalidField("amount.value", "is missing", true));

        assertThat(topUps.all()).isEmpty();
        assertThat(inbox.all()).isEmpty();
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void fiftyConcurrentDeliveriesOfOneNotificationCreditOnce() throws Exception {
        nextVerification = new NotificationVerification.Verified(notification("FPN-RACE", CUSTOMER, "20000.00", "posindo"));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<NotificationResult>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return service.receive(raw("{\"referenceNo\":\"FPN-RACE\"}"));
            }));
        }
        start.countDown();
        List<NotificationResult> results = new ArrayList<>();
        for (Future<NotificationResult> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(NotificationResult.Credited.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(NotificationResult.AlreadyCredited.class::isInstance).hasSize(49);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("20000.00"));
    }
}

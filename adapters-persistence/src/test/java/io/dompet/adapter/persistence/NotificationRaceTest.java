package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.NotificationInboxPersistenceAdapterTest.PRETTY_BODY;
import static io.dompet.adapter.persistence.NotificationInboxPersistenceAdapterTest.entry;
import static io.dompet.adapter.persistence.NotificationInboxPersistenceAdapterTest.raw;
import static io.dompet.adapter.persistence.NotificationInboxPersistenceAdapterTest.storeEntryAlone;
import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.assertSameFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.NotificationInboxPort.InboxEntry;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topup.TopUps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Redeliveries of one Notify Top Up arriving at the same instant, each on its own connection, as on many dompet
 * instances: the database lets exactly one credit through.
 *
 * <p>What happens, as the service's transaction does it ({@code recordCreditedNotification}: one statement inserts the
 * CHANNEL top-up, the inbox entry that refers to it, and credits the wallet): every transaction inserts its top-up
 * first, so they meet on the partial unique index {@code top_up_notified_reference_no_key}. One inserts; the others
 * wait on its uncommitted row; when it commits they fail there with {@link DuplicateRecordException} naming that index,
 * and never reach the inbox. The inbox's own primary key is the guard when entries race on their own (the second test,
 * rows inserted by the test itself), e.g. should the order of the statement's parts ever change.
 */
class NotificationRaceTest {

    private static final int THREADS = 50;
    /** A customer of its own, so that the wallet's total shows the credits of this test only. */
    private static final PhoneNumber RACE_CUSTOMER = PhoneNumber.parse("081299990050");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final NotificationInboxPersistenceAdapter inbox = new NotificationInboxPersistenceAdapter(jdbc);
    private final WalletPersistenceAdapter wallets = new WalletPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
        jdbc.sql("delete from wallet where customer_number = :customer")
                .param("customer", RACE_CUSTOMER.international()).update();
    }

    @RepeatedTest(3)
    void fiftyConcurrentDeliveriesOfOneReferenceNoCreditTheWalletExactlyOnce() throws Exception {
        String referenceNo = "FPRACE" + System.nanoTime();
        TopUpNotification notification = TopUps.notification(referenceNo, RACE_CUSTOMER, "150000.00");
        byte[] body = PRETTY_BODY.formatted(referenceNo).getBytes(StandardCharsets.UTF_8);
        CyclicBarrier together = new CyclicBarrier(THREADS);

        Outcomes<TopUp> outcomes = race(i -> () -> transactions.inTransaction(() -> {
            // every transaction has its connection open before any of them writes
            await(together);
            TopUp notified = TopUp.notified(new TopUpId(UUID.randomUUID()), notification, T0);
            TopUp topUp = inbox.recordCreditedNotification(notified, new InboxEntry(referenceNo, notified.id(),
                    notification.phoneNo(), notification.amount(), notification.channel(), raw(body, T0.plusMillis(i))));
            // the winner commits a moment later, so the others meet its rows while they are uncommitted
            pause();
            return topUp;
        }));

        assertThat(outcomes.stored()).hasSize(1);
        assertThat(outcomes.refused()).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e)
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining(TopUpPersistenceAdapter.NOTIFIED_REFERENCE_NO_CONSTRAINT)
                .hasMessageNotContaining(referenceNo));
        TopUp winner = outcomes.stored().get(0);
        assertThat(count("top_up")).isEqualTo(1);
        assertThat(count("top_up_notification")).isEqualTo(1);
        assertSameFields(topUps.loadTopUp(winner.id()).orElseThrow(), winner);
        InboxEntry stored = inbox.loadNotification(referenceNo).orElseThrow();
        assertThat(stored.topUpId()).isEqualTo(winner.id());
        assertThat(stored.raw().body()).containsExactly(body);
        assertThat(wallets.loadWallet(RACE_CUSTOMER).orElseThrow().creditedTotal())
                .as("credited once").isEqualTo(Money.parse("150000.00"));
    }

    @RepeatedTest(3)
    void fiftyConcurrentInboxEntriesForOneReferenceNoStoreExactlyOne() throws Exception {
        String referenceNo = "FPINBOX" + System.nanoTime();
        // one stored top-up per racer, under references of their own, so that only the inbox decides
        List<TopUp> own = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            own.add(topUps.insertTopUp(TopUps.notified(referenceNo + "-" + i, T0)));
        }
        CyclicBarrier together = new CyclicBarrier(THREADS);

        Outcomes<InboxEntry> outcomes = race(i -> () -> transactions.inTransaction(() -> {
            await(together);
            InboxEntry entry = entry(referenceNo, own.get(i), raw(new byte[] {(byte) i}, T0));
            storeEntryAlone(jdbc, entry);
            pause();
            return entry;
        }));

        assertThat(outcomes.stored()).hasSize(1);
        assertThat(outcomes.refused()).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e)
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining(NotificationInboxPersistenceAdapter.PRIMARY_KEY_CONSTRAINT));
        assertThat(count("top_up_notification")).isEqualTo(1);
        assertThat(inbox.loadNotification(referenceNo)).contains(outcomes.stored().get(0));
    }

    // --- the race itself ----------------------------------------------------------------------------------------

    private record Outcomes<T>(List<T> stored, List<Throwable> refused) {
    }

    private interface Racer<T> {
        Callable<T> number(int i);
    }

    private static <T> Outcomes<T> race(Racer<T> racer) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> attempts = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                attempts.add(threads.submit(racer.number(i)));
            }
            List<T> stored = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<T> attempt : attempts) {
                try {
                    stored.add(attempt.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a racer did not finish within 60 s", e);
                }
            }
            return new Outcomes<>(stored, refused);
        } finally {
            threads.shutdownNow();
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the threads did not start together", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

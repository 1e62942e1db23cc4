package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CUSTOMER;
import static io.dompet.domain.topup.TopUps.assertSameFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The idempotency-key race: many requests with one key at the same instant store exactly one top-up. */
class TopUpRaceTest {

    private static final int THREADS = 20;

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpPersistenceAdapter adapter = new TopUpPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
    }

    @RepeatedTest(3)
    void twentyConcurrentInsertsWithOneIdempotencyKeyStoreExactlyOne() throws Exception {
        IdempotencyKey key = new IdempotencyKey("race-" + UUID.randomUUID());
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<TopUp>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                TopUp topUp = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), TopUps.CLIENT, key,
                        new PartnerReferenceNo("RACE" + i + "X" + System.nanoTime()), CUSTOMER, Money.parse("50000.00"), T0);
                attempts.add(threads.submit(() -> transactions.inTransaction(() -> {
                    // every transaction has its connection open before any of them inserts
                    await(together);
                    TopUp stored = adapter.insertTopUp(topUp);
                    // the winner commits a moment later, so the others meet its row while it is uncommitted
                    pause();
                    return stored;
                })));
            }
            List<TopUp> stored = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<TopUp> attempt : attempts) {
                try {
                    stored.add(attempt.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }

            assertThat(stored).hasSize(1);
            assertThat(refused).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e)
                    .isInstanceOf(DuplicateRecordException.class)
                    .hasMessageContaining(TopUpPersistenceAdapter.IDEMPOTENCY_KEY_CONSTRAINT));
            assertThat(jdbc.sql("select count(*) from top_up").query(Long.class).single()).isEqualTo(1);
            assertSameFields(adapter.loadTopUpByIdempotencyKey(TopUps.CLIENT, key).orElseThrow(), stored.get(0));
        } finally {
            threads.shutdownNow();
        }
    }

    @RepeatedTest(3)
    void twentyConcurrentOneStatementInsertsWithOneIdempotencyKeyStoreExactlyOneAndTheOthersStoreNothing()
            throws Exception {
        IdempotencyKey key = new IdempotencyKey("race-" + UUID.randomUUID());
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Optional<TopUp>>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                TopUpId id = new TopUpId(UUID.randomUUID());
                attempts.add(threads.submit(() -> transactions.inTransaction(() -> {
                    await(together);
                    Optional<TopUp> stored = adapter.insertDirectTopUpUnlessKeyTaken(reference ->
                            TopUp.requestDirect(id, TopUps.CLIENT, key, reference, CUSTOMER, Money.parse("50000.00"),
                                    T0));
                    // the winner commits a moment later, so the others meet its row while it is uncommitted
                    pause();
                    return stored;
                })));
            }
            List<TopUp> stored = new ArrayList<>();
            for (Future<Optional<TopUp>> attempt : attempts) {
                attempt.get(60, TimeUnit.SECONDS).ifPresent(stored::add);
            }

            assertThat(stored).hasSize(1);
            assertThat(jdbc.sql("select count(*) from top_up").query(Long.class).single()).isEqualTo(1);
            assertSameFields(adapter.loadTopUpByIdempotencyKey(TopUps.CLIENT, key).orElseThrow(), stored.get(0));
        } finally {
            threads.shutdownNow();
        }
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

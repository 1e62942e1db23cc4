package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CUSTOMER;
import static io.dompet.domain.topupwidget.TopUpWidgetSessions.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUps;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetSessions;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Notifications for one phone arriving at the same instant, each in its own transaction on its own connection, as the
 * notification service runs them: insert the top-up, lock the oldest open session, complete it. The lock makes the
 * second wait for the first; it then finds the next open session or none, and no session is ever completed twice.
 */
class TopUpWidgetSessionRaceTest {

    /** When the notifications arrive; every session below is well within its lifetime. */
    private static final Instant NOW = T0.plus(Duration.ofHours(1));
    private static final Instant CUT_OFF = NOW.minus(TopUpWidgetSession.LIFETIME);

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpWidgetSessionPersistenceAdapter sessions = new TopUpWidgetSessionPersistenceAdapter(jdbc);
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void theSecondNotificationWaitsForTheFirstAndThenFindsNoSessionWhenTheOnlyOneIsCompleted() throws Exception {
        TopUpWidgetSession only = sessions.insertSession(open(CUSTOMER, T0));

        Race race = raceTwoNotifications();

        assertThat(race.first()).map(TopUpWidgetSession::id).contains(only.id());
        assertThat(race.second()).as("the second waited, then found the session completed").isEmpty();
        TopUpWidgetSession stored = sessions.loadSession(only.id()).orElseThrow();
        assertThat(stored.storedStatus()).isEqualTo(TopUpWidgetStatus.COMPLETED);
        assertThat(stored.completedBy()).contains(race.firstTopUp());
        assertThat(stored.version()).as("completed once: insert 0, complete 1").isEqualTo(1);
    }

    @Test
    void theSecondNotificationWaitsForTheFirstAndThenCompletesTheNextOpenSession() throws Exception {
        TopUpWidgetSession older = sessions.insertSession(open(CUSTOMER, T0));
        TopUpWidgetSession younger = sessions.insertSession(open(CUSTOMER, T0.plusSeconds(1)));

        Race race = raceTwoNotifications();

        assertThat(race.first()).map(TopUpWidgetSession::id).contains(older.id());
        assertThat(race.second()).map(TopUpWidgetSession::id).contains(younger.id());
        assertThat(sessions.loadSession(older.id()).orElseThrow().completedBy()).contains(race.firstTopUp());
        assertThat(sessions.loadSession(younger.id()).orElseThrow().completedBy()).contains(race.secondTopUp());
    }

    @RepeatedTest(3)
    void manyConcurrentNotificationsCompleteEachOpenSessionOnceAndNoneFails() throws Exception {
        int notifications = 20;
        int openSessions = 5;
        List<TopUpWidgetSessionId> open = new ArrayList<>();
        for (int i = 0; i < openSessions; i++) {
            open.add(sessions.insertSession(open(CUSTOMER, T0.plusSeconds(i))).id());
        }
        CyclicBarrier together = new CyclicBarrier(notifications);

        List<Future<Optional<TopUpWidgetSession>>> attempts = new ArrayList<>();
        for (int i = 0; i < notifications; i++) {
            attempts.add(threads.submit(() -> transactions.inTransaction(() -> {
                TopUp topUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), NOW));
                await(together);
                return completeOldest(topUp.id(), null);
            })));
        }
        List<Optional<TopUpWidgetSession>> completed = new ArrayList<>();
        for (Future<Optional<TopUpWidgetSession>> attempt : attempts) {
            completed.add(attempt.get(60, TimeUnit.SECONDS)); // a stale update would surface here as a failure
        }

        assertThat(completed.stream().flatMap(Optional::stream).map(TopUpWidgetSession::id))
                .as("each open session completed by exactly one notification")
                .containsExactlyInAnyOrderElementsOf(open);
        Map<String, Long> stored = jdbc.sql("select status, count(*) from top_up_widget_session group by status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(stored).containsExactly(Map.entry("COMPLETED", (long) openSessions));
        assertThat(jdbc.sql("select count(distinct completed_by) from top_up_widget_session").query(Long.class).single())
                .isEqualTo(openSessions);
        assertThat(jdbc.sql("select max(version) from top_up_widget_session").query(Long.class).single())
                .as("no session was written twice").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from top_up").query(Long.class).single())
                .as("every notification's top-up is stored, with or without a session").isEqualTo(notifications);
    }

    // --- two notifications, one after the other's lock --------------------------------------------------------

    private record Race(Optional<TopUpWidgetSession> first, TopUpId firstTopUp, Optional<TopUpWidgetSession> second,
                        TopUpId secondTopUp) {
    }

    /**
     * The first notification locks the oldest open session and holds it until the second is seen waiting on the lock
     * in {@code pg_stat_activity}; then the first completes the session and commits, and the second carries on.
     */
    private Race raceTwoNotifications() throws Exception {
        TopUpId firstTopUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), NOW)).id();
        TopUpId secondTopUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), NOW)).id();
        CountDownLatch firstLocked = new CountDownLatch(1);
        AtomicInteger secondBackend = new AtomicInteger();

        Future<Optional<TopUpWidgetSession>> first = threads.submit(() -> transactions.inTransaction(() ->
                completeOldest(firstTopUp, () -> {
                    firstLocked.countDown();
                    awaitWaitingOnALock(secondBackend);
                })));
        Future<Optional<TopUpWidgetSession>> second = threads.submit(() -> transactions.inTransaction(() -> {
            secondBackend.set(jdbc.sql("select pg_backend_pid()").query(Integer.class).single());
            await(firstLocked);
            return completeOldest(secondTopUp, null);
        }));

        return new Race(first.get(60, TimeUnit.SECONDS), firstTopUp, second.get(60, TimeUnit.SECONDS), secondTopUp);
    }

    /** What the notification service does: lock the oldest open session of the phone and complete it, if any. */
    private Optional<TopUpWidgetSession> completeOldest(TopUpId topUp, Runnable whileLocked) {
        Optional<TopUpWidgetSession> locked = sessions.lockOldestOpenSession(CUSTOMER, CUT_OFF);
        if (whileLocked != null) {
            whileLocked.run();
        }
        return locked.map(session -> sessions.updateSession(session.complete(topUp, NOW)));
    }

    private void awaitWaitingOnALock(AtomicInteger backend) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            int pid = backend.get();
            if (pid != 0 && jdbc.sql("""
                            select count(*) from pg_stat_activity where pid = :pid and wait_event_type = 'Lock'
                            """).param("pid", pid).query(Long.class).single() == 1) {
                return;
            }
            pause();
        }
        throw new AssertionError("the second notification never waited for the first one's lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the first notification never locked a session");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the notifications did not start together", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.NotificationInboxPersistenceAdapterTest.entry;
import static io.dompet.adapter.persistence.NotificationInboxPersistenceAdapterTest.raw;
import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.event.EventCursor;
import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.EventLogPort.NotificationConflictResource;
import io.dompet.application.port.out.EventLogPort.StoredEvent;
import io.dompet.application.port.out.EventLogPort.TopUpResource;
import io.dompet.application.port.out.EventLogPort.TopUpWidgetResource;
import io.dompet.domain.event.EventType;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topup.TopUpStatus;
import io.dompet.domain.topup.TopUps;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessions;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The event log: the triggers write each change's event in the change's own transaction, once; pages never skip an
 * event that commits after a later-numbered one, nor repeat one, however many transactions write at once.
 */
class EventLogPersistenceAdapterTest {

    private final DataSource dataSource = PostgresTestDatabase.dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final EventLogPersistenceAdapter events = new EventLogPersistenceAdapter(jdbc);
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final NotificationInboxPersistenceAdapter inbox = new NotificationInboxPersistenceAdapter(jdbc);
    private final TopUpWidgetSessionPersistenceAdapter sessions = new TopUpWidgetSessionPersistenceAdapter(jdbc);
    private final ReviewLogPersistenceAdapter reviews = new ReviewLogPersistenceAdapter(jdbc);
    private final NotificationConflictPersistenceAdapter conflicts = new NotificationConflictPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(dataSource));

    @Test
    void aDirectTopUpThatSucceedsWritesOneSucceededEventWithTheTopUpAsStored() {
        TopUp requested = topUps.insertTopUp(TopUps.direct().requested());
        TopUp claimed = topUps.updateTopUp(TopUps.claimed(requested, T0));
        TopUp succeeded = topUps.updateTopUp(claimed.succeed("FP-REF-" + System.nanoTime(), T0.plusSeconds(1)));

        List<StoredEvent> written = eventsOf(requested.id().value());

        assertThat(written).extracting(StoredEvent::type).containsExactly(EventType.TOP_UP_SUCCEEDED);
        TopUp shown = ((TopUpResource) written.get(0).resource()).topUp();
        TopUps.assertSameFields(shown, succeeded);
        assertThat(events.loadEvent(written.get(0).id())).map(StoredEvent::type).contains(EventType.TOP_UP_SUCCEEDED);
    }

    @Test
    void aFailedTopUpAndAFlagForReviewEachWriteTheirEventOnce() {
        TopUp requested = topUps.insertTopUp(TopUps.direct().requested());
        TopUp pending = topUps.updateTopUp(TopUps.claimed(requested, T0).markPending(T0.plusSeconds(5), T0));
        TopUp flagged = topUps.updateTopUp(pending.checkedWithoutOutcome(T0.plusSeconds(60), true, T0.plusSeconds(6)));
        TopUp checkedAgain = topUps.updateTopUp(flagged.checkedWithoutOutcome(T0.plusSeconds(600), true, T0.plusSeconds(7)));
        topUps.updateTopUp(checkedAgain.fail(new FinpayFailure("4043811", "not found"), T0.plusSeconds(8)));

        assertThat(eventsOf(requested.id().value())).extracting(StoredEvent::type)
                .containsExactly(EventType.TOP_UP_NEEDS_REVIEW, EventType.TOP_UP_FAILED);
    }

    @Test
    void aCreditedNotificationWritesItsEventsOnceAndARedeliveryWritesNone() {
        TopUp notified = TopUps.notified("FPEV" + System.nanoTime(), T0);
        String referenceNo = notified.referenceNo().orElseThrow();
        transactions.inTransaction(() ->
                inbox.recordCreditedNotification(notified, entry(referenceNo, notified, raw(new byte[] {1}, T0))));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            TopUp again = TopUp.notified(new io.dompet.domain.topup.TopUpId(UUID.randomUUID()),
                    TopUps.notification(referenceNo, TopUps.CUSTOMER, "150000.00"), T0);
            return inbox.recordCreditedNotification(again, entry(referenceNo, again, raw(new byte[] {2}, T0)));
        })).isInstanceOf(DuplicateRecordException.class);

        assertThat(eventsOf(notified.id().value())).extracting(StoredEvent::type)
                .containsExactly(EventType.TOP_UP_SUCCEEDED, EventType.NOTIFICATION_CREDITED);
        assertThat(jdbc.sql("select count(*) from event where type = 'notification.credited' and snapshot ->> 'reference_no' = :ref")
                .param("ref", notified.referenceNo().orElseThrow()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeThatRollsBackLeavesNoEvent() {
        TopUp requested = topUps.insertTopUp(TopUps.direct().requested());

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            topUps.updateTopUp(TopUps.claimed(requested, T0).succeed("FP-ROLLBACK", T0));
            throw new IllegalStateException("crash after the change");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(eventsOf(requested.id().value())).isEmpty();
        assertThat(topUps.loadTopUp(requested.id())).map(TopUp::status).contains(TopUpStatus.REQUESTED);
    }

    @Test
    void everyOperatorDecisionWritesOneReviewedEventWithTheTopUpAsDecided() {
        TopUp requested = topUps.insertTopUp(TopUps.direct().requested());
        TopUp pending = topUps.updateTopUp(TopUps.claimed(requested, T0).markPending(T0.plusSeconds(5), T0));
        transactions.inTransaction(() -> reviews.recordReview(requested.id().value(), new ApiClient("ops"),
                ReviewAction.RECHECK, null, null, "PENDING", "PENDING"));
        TopUp decided = transactions.inTransaction(() -> {
            TopUp succeeded = topUps.updateTopUp(pending.succeed("FP-REVIEW-" + System.nanoTime(), T0.plusSeconds(9)));
            reviews.recordReview(requested.id().value(), new ApiClient("ops"), ReviewAction.SUCCEED, "seen at Finpay",
                    succeeded.referenceNo().orElseThrow(), "PENDING", "SUCCEEDED");
            return succeeded;
        });

        List<StoredEvent> reviewed = eventsOf(requested.id().value()).stream()
                .filter(event -> event.type() == EventType.TOP_UP_REVIEWED).toList();

        assertThat(reviewed).hasSize(2);
        TopUps.assertSameFields(((TopUpResource) reviewed.get(0).resource()).topUp(), pending);
        TopUps.assertSameFields(((TopUpResource) reviewed.get(1).resource()).topUp(), decided);
        assertThat(eventsOf(requested.id().value())).extracting(StoredEvent::type)
                .containsExactly(EventType.TOP_UP_REVIEWED, EventType.TOP_UP_SUCCEEDED, EventType.TOP_UP_REVIEWED);
    }

    @Test
    void aDecisionThatRollsBackLeavesNoReviewedEvent() {
        TopUp requested = topUps.insertTopUp(TopUps.direct().requested());
        TopUp pending = topUps.updateTopUp(TopUps.claimed(requested, T0).markPending(T0.plusSeconds(5), T0));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            topUps.updateTopUp(pending.succeed("FP-REVIEW-ROLLBACK", T0.plusSeconds(9)));
            reviews.recordReview(requested.id().value(), new ApiClient("ops"), ReviewAction.SUCCEED, null,
                    "FP-REVIEW-ROLLBACK", "PENDING", "SUCCEEDED");
            throw new IllegalStateException("crash after the decision");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(eventsOf(requested.id().value())).isEmpty();
    }

    @Test
    void aRecordedConflictWritesOneConflictEventAndItsRedeliveryNone() {
        TopUpNotification refused = conflicting();
        conflicts.recordConflict(refused);
        conflicts.recordConflict(refused);

        List<StoredEvent> written = conflictEventsOf(refused.referenceNo());

        assertThat(written).extracting(StoredEvent::type).containsExactly(EventType.NOTIFICATION_CONFLICT);
        NotificationConflict shown = ((NotificationConflictResource) written.get(0).resource()).conflict();
        assertThat(conflicts.loadConflict(shown.id())).contains(shown);
    }

    @Test
    void aConflictThatRollsBackLeavesNoEvent() {
        TopUpNotification refused = conflicting();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            conflicts.recordConflict(refused);
            throw new IllegalStateException("crash after the refusal");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(conflictEventsOf(refused.referenceNo())).isEmpty();
    }

    private static TopUpNotification conflicting() {
        return new TopUpNotification("FPN-EV-" + System.nanoTime(), PhoneNumber.parse("081234567890"),
                OffsetDateTime.parse("2026-11-24T12:00:00+07:00"), "FP0001", Money.parse("75001"), "Top up",
                new TopUpChannel("vabca"));
    }

    private List<StoredEvent> conflictEventsOf(String referenceNo) {
        return readAll(EventCursor.START).stream()
                .filter(event -> event.resource() instanceof NotificationConflictResource conflict
                        && conflict.conflict().referenceNo().equals(referenceNo))
                .toList();
    }

    @Test
    void anOpenWidgetPastItsLifetimeExpiresOnceWithItsEvent() {
        TopUpWidgetSession old = sessions.insertSession(TopUpWidgetSessions.requested(TopUpWidgetSessions.CUSTOMER, T0));
        sessions.updateSession(old.open("https://widget.example/x", T0.minus(TopUpWidgetSession.LIFETIME)));
        // issued 24 h before T0, which is in the past: due by PostgreSQL's clock
        int first = events.recordExpiries();
        int second = events.recordExpiries();

        List<StoredEvent> written = eventsOf(old.id().value());
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(written).extracting(StoredEvent::type).containsExactly(EventType.TOP_UP_WIDGET_EXPIRED);
        TopUpWidgetSession shown = ((TopUpWidgetResource) written.get(0).resource()).session();
        assertThat(shown.status(written.get(0).createdAt())).isEqualTo(TopUpWidgetStatus.EXPIRED);
    }

    @Test
    void anEventWhoseTransactionCommitsAfterALaterNumberedOneIsNotSkipped() throws Exception {
        UUID resource = UUID.randomUUID();
        EventCursor start = endOfLog();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            String earlier = writeEvent(first, resource);   // lower seq, its transaction stays open
            String later = writeEvent(second, resource);    // higher seq
            second.commit();

            // a reader now must not hand out a cursor past the earlier event
            List<StoredEvent> whileOpen = events.loadEvents(start, 200, Optional.empty());
            assertThat(whileOpen).extracting(StoredEvent::id).doesNotContain(earlier, later);
            EventCursor afterFirstRead = whileOpen.isEmpty() ? start : whileOpen.get(whileOpen.size() - 1).position();

            first.commit();
            List<String> read = readAll(afterFirstRead).stream().map(StoredEvent::id).toList();
            assertThat(read).containsSubsequence(earlier, later);
        }
    }

    @Test
    void pagesReadWhileManyTransactionsWriteReturnEveryEventExactlyOnce() throws Exception {
        EventCursor start = endOfLog();
        UUID resource = UUID.randomUUID();
        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        String id = writeEvent(connection, resource);
                        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        if (ThreadLocalRandom.current().nextInt(10) == 0) {
                            connection.rollback();
                        } else {
                            connection.commit();
                            written.add(id);
                        }
                    }
                }
                return null;
            }));
        }
        List<String> read = new ArrayList<>();
        EventCursor cursor = start;
        Future<?> done = pool.submit(() -> {
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            return null;
        });
        while (writing.get()) {
            List<StoredEvent> page = events.loadEvents(cursor, 7, Optional.empty());
            for (StoredEvent event : page) {
                read.add(event.id());
                cursor = event.position();
            }
        }
        done.get();
        read.addAll(readAll(cursor).stream().map(StoredEvent::id).toList());
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<String> ours = read.stream().filter(written::contains).toList();
        assertThat(new HashSet<>(ours)).hasSize(ours.size());
        assertThat(new HashSet<>(ours)).isEqualTo(written);
        assertThat(written).hasSizeGreaterThan(200);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Writes a {@code top_up.reviewed} event (one a resource may have many of) in {@code connection}'s transaction. */
    private String writeEvent(Connection connection, UUID resource) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (type, resource_type, resource_id, snapshot)
                values ('top_up.reviewed', 'top_up', ?, ?::jsonb) returning id""")) {
            insert.setObject(1, resource);
            insert.setString(2, snapshotOfSomeTopUp());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private String snapshotCache;

    private synchronized String snapshotOfSomeTopUp() {
        if (snapshotCache == null) {
            TopUp stored = topUps.insertTopUp(TopUps.direct().requested());
            snapshotCache = jdbc.sql("select to_jsonb(t)::text from top_up t where id = :id")
                    .param("id", stored.id().value()).query(String.class).single();
        }
        return snapshotCache;
    }

    private List<StoredEvent> eventsOf(UUID resource) {
        return readAll(EventCursor.START).stream()
                .filter(event -> resourceId(event).equals(resource))
                .toList();
    }

    private static UUID resourceId(StoredEvent event) {
        if (event.resource() instanceof TopUpResource topUp) {
            return topUp.topUp().id().value();
        }
        if (event.resource() instanceof TopUpWidgetResource widget) {
            return widget.session().id().value();
        }
        return UUID.randomUUID();
    }

    private List<StoredEvent> readAll(EventCursor from) {
        List<StoredEvent> all = new ArrayList<>();
        EventCursor cursor = from;
        for (List<StoredEvent> page = events.loadEvents(cursor, 200, Optional.empty()); !page.isEmpty();
             page = events.loadEvents(cursor, 200, Optional.empty())) {
            all.addAll(page);
            cursor = page.get(page.size() - 1).position();
        }
        return all;
    }

    private EventCursor endOfLog() {
        List<StoredEvent> all = readAll(EventCursor.START);
        return all.isEmpty() ? EventCursor.START : all.get(all.size() - 1).position();
    }
}

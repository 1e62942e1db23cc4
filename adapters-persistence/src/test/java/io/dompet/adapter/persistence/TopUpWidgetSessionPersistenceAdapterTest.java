package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CUSTOMER;
import static io.dompet.domain.topup.TopUps.OTHER_CUSTOMER;
import static io.dompet.domain.topupwidget.TopUpWidgetSessions.WIDGET_URL;
import static io.dompet.domain.topupwidget.TopUpWidgetSessions.assertSameFields;
import static io.dompet.domain.topupwidget.TopUpWidgetSessions.open;
import static io.dompet.domain.topupwidget.TopUpWidgetSessions.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUps;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetSessions;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

class TopUpWidgetSessionPersistenceAdapterTest {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpWidgetSessionPersistenceAdapter adapter = new TopUpWidgetSessionPersistenceAdapter(jdbc);
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
    }

    // --- every field survives a round trip -------------------------------------------------------------------

    static Stream<Named<TopUpWidgetSession>> sessionsInEveryState() {
        TopUpWidgetSession requested = requested(CUSTOMER, T0);
        TopUpWidgetSession open = open(OTHER_CUSTOMER, T0);
        TopUpWidgetSession completed = open(CUSTOMER, T0)
                .complete(new TopUpId(UUID.randomUUID()), T0.plus(Duration.ofHours(23)));
        TopUpWidgetSession expired = TopUpWidgetSession.reconstitute(new TopUpWidgetSessionId(UUID.randomUUID()),
                "DW261124000000000001", CUSTOMER, TopUpWidgetStatus.EXPIRED, WIDGET_URL, null, null, T0,
                T0.plusSeconds(1), 0);
        TopUpWidgetSession refused = requested(CUSTOMER, T0)
                .fail(new FinpayFailure("05", "Nomor tidak terdaftar – not registered ✓ " + "x".repeat(300)),
                        T0.plusSeconds(1));
        TopUpWidgetSession unavailable = requested(CUSTOMER, T0)
                .fail(new FinpayFailure("DOMPET_WIDGET_UNAVAILABLE", ""), T0.plusSeconds(15));
        TopUpWidgetSession longest = TopUpWidgetSession.request(new TopUpWidgetSessionId(UUID.randomUUID()),
                        "A1".repeat(50), CUSTOMER, T0)
                .open("https://devo.finnet.co.id/w?t=" + "Z".repeat(2048 - 30), T0.plusSeconds(1));
        return Stream.of(Named.of("REQUESTED", requested), Named.of("OPEN", open), Named.of("COMPLETED", completed),
                Named.of("EXPIRED as stored", expired), Named.of("FAILED with Finpay's refusal", refused),
                Named.of("FAILED with dompet's code and an empty message", unavailable),
                Named.of("OPEN with a 100-character transNumber and a 2048-character URL", longest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessionsInEveryState")
    void aStoredSessionLoadsWithEveryField(TopUpWidgetSession session) {
        session.completedBy().ifPresent(topUp -> topUps.insertTopUp(TopUps.notified(topUp, T0)));

        TopUpWidgetSession inserted = transactions.inTransaction(() -> adapter.insertSession(session));

        assertSameFields(inserted, session);
        assertSameFields(adapter.loadSession(session.id()).orElseThrow(), session);
    }

    @Test
    void updatesStoreEveryChangeAndRaiseTheVersionByOne() {
        TopUpId topUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), T0)).id();
        TopUpWidgetSession stored = transactions.inTransaction(() -> adapter.insertSession(requested(CUSTOMER, T0)));
        TopUpWidgetSession opened = transactions.inTransaction(() ->
                adapter.updateSession(stored.open(WIDGET_URL, T0.plusSeconds(1))));
        TopUpWidgetSession completed = transactions.inTransaction(() ->
                adapter.updateSession(opened.complete(topUp, T0.plusSeconds(60))));
        TopUpWidgetSession failed = transactions.inTransaction(() -> adapter.updateSession(adapter.insertSession(
                requested(CUSTOMER, T0)).fail(new FinpayFailure("99", "system error"), T0.plusSeconds(2))));

        assertThat(List.of(stored, opened, completed)).extracting(TopUpWidgetSession::version)
                .containsExactly(0L, 1L, 2L);
        assertSameFields(completed, stored.open(WIDGET_URL, T0.plusSeconds(1))
                .complete(topUp, T0.plusSeconds(60)).withVersion(2));
        assertSameFields(adapter.loadSession(stored.id()).orElseThrow(), completed);
        assertThat(failed.version()).isEqualTo(1);
        assertSameFields(adapter.loadSession(failed.id()).orElseThrow(), failed);
        assertThat(failed.failure()).contains(new FinpayFailure("99", "system error"));
    }

    @Test
    void insertStoresVersionZeroWhateverTheSessionCarries() {
        TopUpWidgetSession session = requested(CUSTOMER, T0).withVersion(7);

        TopUpWidgetSession inserted = adapter.insertSession(session);

        assertThat(inserted.version()).isZero();
        assertThat(adapter.loadSession(session.id()).orElseThrow().version()).isZero();
    }

    @Test
    void instantsAreTruncatedToMicrosecondsSoThatWhatIsReturnedIsWhatLoads() {
        Instant nanos = Instant.parse("2026-11-24T05:30:00.123456789Z");
        TopUpWidgetSession inserted = adapter.insertSession(requested(CUSTOMER, nanos));
        TopUpWidgetSession opened = adapter.updateSession(inserted.open(WIDGET_URL, nanos.plusNanos(999)));

        Instant micros = Instant.parse("2026-11-24T05:30:00.123456Z");
        assertThat(inserted.requestedAt()).as("truncated, not rounded").isEqualTo(micros);
        assertThat(opened.issuedAt()).contains(Instant.parse("2026-11-24T05:30:00.123457Z"));
        assertSameFields(adapter.loadSession(inserted.id()).orElseThrow(), opened);
    }

    @Test
    void instantsDoNotDependOnTheSessionTimeZone() {
        TopUpWidgetSession session = open(CUSTOMER, T0);
        TopUpWidgetSessionPersistenceAdapter jakarta = new TopUpWidgetSessionPersistenceAdapter(
                JdbcClient.create(PostgresTestDatabase.dataSourceInTimeZone("Asia/Jakarta")));

        jakarta.insertSession(session);

        assertSameFields(adapter.loadSession(session.id()).orElseThrow(), session);
        assertThat(jdbc.sql("select issued_at = timestamptz '2026-11-24 12:30:00.123456+07' from top_up_widget_session")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anUnknownSessionIsEmpty() {
        assertThat(adapter.loadSession(new TopUpWidgetSessionId(UUID.randomUUID()))).isEmpty();
    }

    // --- optimistic locking ----------------------------------------------------------------------------------

    @Test
    void ofTwoWritersOfTheSameVersionTheFirstWinsAndTheSecondIsStale() {
        TopUpWidgetSession stored = adapter.insertSession(requested(CUSTOMER, T0));
        TopUpWidgetSession copyA = adapter.loadSession(stored.id()).orElseThrow();
        TopUpWidgetSession copyB = adapter.loadSession(stored.id()).orElseThrow();

        TopUpWidgetSession winner = transactions.inTransaction(() ->
                adapter.updateSession(copyA.open(WIDGET_URL, T0.plusSeconds(1))));

        assertThatThrownBy(() -> transactions.inTransaction(() ->
                adapter.updateSession(copyB.fail(new FinpayFailure("05", "refused"), T0.plusSeconds(2)))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageStartingWith("stale")
                .hasMessageContaining(stored.id().toString())
                .hasMessageContaining("version 0")
                .hasMessageNotContaining(CUSTOMER.international());
        TopUpWidgetSession loaded = adapter.loadSession(stored.id()).orElseThrow();
        assertThat(winner.version()).isEqualTo(1);
        assertSameFields(loaded, winner);
        assertThat(loaded.storedStatus()).isEqualTo(TopUpWidgetStatus.OPEN);
        assertThat(loaded.failure()).isEmpty();
    }

    @Test
    void aStaleUpdateChangesNothingEvenInsideALargerTransaction() {
        TopUpWidgetSession stored = adapter.insertSession(requested(CUSTOMER, T0));
        TopUpWidgetSession current = adapter.updateSession(stored.open(WIDGET_URL, T0.plusSeconds(1)));
        TopUpWidgetSession other = adapter.insertSession(requested(CUSTOMER, T0));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            adapter.updateSession(other.open(WIDGET_URL, T0.plusSeconds(2)));
            return adapter.updateSession(stored.fail(new FinpayFailure("05", "late"), T0.plusSeconds(2)));
        })).isInstanceOf(StaleRecordException.class).hasMessageStartingWith("stale");
        assertThatThrownBy(() -> adapter.updateSession(current.withVersion(5)))
                .as("a version from the future is stale too").isInstanceOf(StaleRecordException.class)
                .hasMessageStartingWith("stale");

        assertSameFields(adapter.loadSession(stored.id()).orElseThrow(), current);
        assertSameFields(adapter.loadSession(other.id()).orElseThrow(), other);
    }

    @Test
    void updatingASessionThatWasNeverStoredIsStale() {
        assertThatThrownBy(() -> adapter.updateSession(requested(CUSTOMER, T0)))
                .isInstanceOf(StaleRecordException.class).hasMessageStartingWith("stale");
        assertThat(count()).isZero();
    }

    // --- uniqueness ------------------------------------------------------------------------------------------

    @Test
    void aSecondSessionWithTheSameTransNumberIsRefusedNamingTheConstraintButNotTheValues() {
        TopUpWidgetSession first = adapter.insertSession(requested(CUSTOMER, T0));
        TopUpWidgetSession sameTransNumber = TopUpWidgetSession.request(new TopUpWidgetSessionId(UUID.randomUUID()),
                first.transNumber(), OTHER_CUSTOMER, T0.plusSeconds(1));

        assertThatThrownBy(() -> transactions.inTransaction(() -> adapter.insertSession(sameTransNumber)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("transNumber")
                .hasMessageContaining(TopUpWidgetSessionPersistenceAdapter.TRANS_NUMBER_CONSTRAINT)
                .hasMessageNotContaining(first.transNumber())
                .hasMessageNotContaining(OTHER_CUSTOMER.international())
                .hasNoCause();
        assertThat(count()).isEqualTo(1);
        assertSameFields(adapter.loadSession(first.id()).orElseThrow(), first);
    }

    @Test
    void aSecondSessionWithTheSameIdIsRefused() {
        TopUpWidgetSession first = adapter.insertSession(requested(CUSTOMER, T0));
        TopUpWidgetSession sameId = TopUpWidgetSession.request(first.id(), "OTHERTRANS1", CUSTOMER, T0);

        assertThatThrownBy(() -> adapter.insertSession(sameId))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining(TopUpWidgetSessionPersistenceAdapter.PRIMARY_KEY_CONSTRAINT)
                .hasMessageNotContaining(first.id().toString());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void oneTopUpCompletesAtMostOneSession() {
        TopUpId topUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), T0)).id();
        TopUpWidgetSession first = adapter.insertSession(open(CUSTOMER, T0));
        TopUpWidgetSession second = adapter.insertSession(open(CUSTOMER, T0.plusSeconds(1)));
        TopUpWidgetSession completed = adapter.updateSession(first.complete(topUp, T0.plusSeconds(60)));

        assertThatThrownBy(() -> transactions.inTransaction(() ->
                adapter.updateSession(second.complete(topUp, T0.plusSeconds(61)))))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining(TopUpWidgetSessionPersistenceAdapter.COMPLETED_BY_CONSTRAINT)
                .hasMessageNotContaining(topUp.toString());

        assertSameFields(adapter.loadSession(first.id()).orElseThrow(), completed);
        assertSameFields(adapter.loadSession(second.id()).orElseThrow(), second);
    }

    @Test
    void aSessionCannotBeCompletedByATopUpThatIsNotStored() {
        TopUpWidgetSession open = adapter.insertSession(open(CUSTOMER, T0));

        assertThatThrownBy(() -> adapter.updateSession(open.complete(new TopUpId(UUID.randomUUID()), T0.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("top_up_widget_session_completed_by_fkey")
                .hasMessageNotContaining(CUSTOMER.international());
        assertSameFields(adapter.loadSession(open.id()).orElseThrow(), open);
    }

    @Test
    void aWidgetUrlLongerThanTheColumnIsRefusedWithoutQuotingIt() {
        TopUpWidgetSession stored = adapter.insertSession(requested(CUSTOMER, T0));
        String tooLong = "https://devo.finnet.co.id/w?t=" + "Z".repeat(2049 - 30);

        assertThatThrownBy(() -> adapter.updateSession(stored.open(tooLong, T0.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(tooLong);
        assertSameFields(adapter.loadSession(stored.id()).orElseThrow(), stored);
    }

    @Test
    void aTopUpThatCompletedASessionCannotBeDeleted() {
        TopUpId topUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), T0)).id();
        adapter.updateSession(adapter.insertSession(open(CUSTOMER, T0)).complete(topUp, T0.plusSeconds(1)));

        assertThatThrownBy(() -> jdbc.sql("delete from top_up").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(topUps.loadTopUp(topUp)).isPresent();
    }

    // --- the completion query of Notify Top Up ---------------------------------------------------------------

    @Test
    void theOldestOpenSessionOfThePhoneIssuedAfterTheCutOffIsLocked() {
        Instant now = T0.plus(Duration.ofHours(30));
        Instant cutOff = now.minus(TopUpWidgetSession.LIFETIME);
        TopUpId someTopUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), T0)).id();
        TopUpWidgetSession oldest = insert(open(CUSTOMER, cutOff.plusSeconds(1)));
        TopUpWidgetSession newer = insert(open(CUSTOMER, cutOff.plus(Duration.ofMinutes(10))));
        insert(open(CUSTOMER, cutOff)); // issued exactly at the cut-off: its lifetime is over
        insert(open(CUSTOMER, cutOff.minusSeconds(1)));
        insert(open(OTHER_CUSTOMER, cutOff.plusMillis(500)));
        insert(open(CUSTOMER, cutOff.plusMillis(100)).complete(someTopUp, now.minusSeconds(1)));
        insert(TopUpWidgetSession.reconstitute(new TopUpWidgetSessionId(UUID.randomUUID()), "EXPIREDSTORED1",
                CUSTOMER, TopUpWidgetStatus.EXPIRED, WIDGET_URL, null, null, cutOff, cutOff.plusMillis(200), 0));
        insert(requested(CUSTOMER, cutOff.plusMillis(300)));
        insert(requested(CUSTOMER, cutOff.plusMillis(400)).fail(new FinpayFailure("05", "no"), cutOff.plusMillis(401)));

        Optional<TopUpWidgetSession> locked = transactions.inTransaction(() ->
                adapter.lockOldestOpenSession(CUSTOMER, cutOff));

        assertThat(locked).isPresent();
        assertSameFields(locked.orElseThrow(), oldest);
        assertThat(locked.orElseThrow().status(now)).isEqualTo(TopUpWidgetStatus.OPEN);

        TopUpId payment = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), now)).id();
        transactions.inTransaction(() -> adapter.updateSession(
                adapter.lockOldestOpenSession(CUSTOMER, cutOff).orElseThrow().complete(payment, now)));
        assertThat(transactions.inTransaction(() -> adapter.lockOldestOpenSession(CUSTOMER, cutOff)))
                .as("once the oldest is completed the next one is the oldest open")
                .map(TopUpWidgetSession::id).contains(newer.id());
    }

    @Test
    void ofSessionsIssuedAtTheSameInstantTheSmallerIdIsTheOldest() {
        List<TopUpWidgetSession> twins = List.of(insert(open(CUSTOMER, T0)), insert(open(CUSTOMER, T0)),
                insert(open(CUSTOMER, T0)));
        // PostgreSQL orders uuids by their bytes, as their lower-case text sorts (Java's UUID.compareTo does not)
        TopUpWidgetSessionId smallest = twins.stream().map(TopUpWidgetSession::id)
                .min(Comparator.comparing(TopUpWidgetSessionId::toString)).orElseThrow();

        assertThat(transactions.inTransaction(() -> adapter.lockOldestOpenSession(CUSTOMER, T0.minusSeconds(1))))
                .map(TopUpWidgetSession::id).contains(smallest);
    }

    @Test
    void aPhoneWithoutOpenSessionsHasNoneToLock() {
        insert(open(OTHER_CUSTOMER, T0));

        assertThat(transactions.inTransaction(() -> adapter.lockOldestOpenSession(CUSTOMER, T0.minusSeconds(1))))
                .isEmpty();
        assertThat(transactions.inTransaction(() -> adapter.lockOldestOpenSession(OTHER_CUSTOMER, T0)))
                .as("nor when its session was issued at the cut-off").isEmpty();
    }

    @Test
    void theCompletionQueryCanUseThePartialIndex() {
        String plan = transactions.inTransaction(() -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                            explain select * from top_up_widget_session
                             where phone_number = '6281234567890'
                               and status = 'OPEN'
                               and issued_at > now()
                             order by issued_at, id
                             limit 1
                               for update
                            """).query(String.class).list());
        });
        assertThat(plan).contains("top_up_widget_session_open_idx");
    }

    // --- the table's own rules -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "status = 'UNKNOWN'",
            "status = 'OPEN'",
            "status = 'OPEN', widget_url = 'https://w'",
            "status = 'OPEN', issued_at = now()",
            "status = 'EXPIRED'",
            "status = 'COMPLETED', widget_url = 'https://w', issued_at = now()",
            "status = 'FAILED'",
            "status = 'FAILED', failure_code = 'X'",
            "status = 'FAILED', failure_code = ' ', failure_message = 'blank code'",
            "failure_code = 'X', failure_message = 'set on a session that did not fail'",
            "completed_by = gen_random_uuid()",
            "phone_number = '081234567890'",
            "phone_number = '6280123456789'",
            "trans_number = 'DW-1'",
            "trans_number = ''",
            "trans_number = null",
            "requested_at = null",
            "version = -1",
    })
    void theTableRefusesARequestedSessionTheDomainCouldNotLoad(String change) {
        TopUpWidgetSession stored = insert(requested(CUSTOMER, T0));

        assertThatThrownBy(() -> jdbc.sql("update top_up_widget_session set " + change + " where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertSameFields(adapter.loadSession(stored.id()).orElseThrow(), stored);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "widget_url = null",
            "issued_at = null",
            "status = 'COMPLETED'",
            "status = 'EXPIRED', widget_url = null",
            "status = 'FAILED'",
            "status = 'REQUESTED', failure_code = 'X', failure_message = 'no'",
    })
    void theTableRefusesAnOpenSessionTheDomainCouldNotLoad(String change) {
        TopUpWidgetSession stored = insert(open(CUSTOMER, T0));

        assertThatThrownBy(() -> jdbc.sql("update top_up_widget_session set " + change + " where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertSameFields(adapter.loadSession(stored.id()).orElseThrow(), stored);
    }

    @Test
    void theTableRefusesACompletingTopUpOnASessionThatIsNotCompletedAndACompletedSessionWithoutOne() {
        TopUpId topUp = topUps.insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), T0)).id();
        TopUpWidgetSession stored = insert(open(CUSTOMER, T0));

        assertThatThrownBy(() -> jdbc.sql("update top_up_widget_session set completed_by = :topUp where id = :id")
                .param("topUp", topUp.value()).param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("top_up_widget_session_completed_has_top_up");
        jdbc.sql("update top_up_widget_session set status = 'COMPLETED', completed_by = :topUp where id = :id")
                .param("topUp", topUp.value()).param("id", stored.id().value()).update();
        assertThatThrownBy(() -> jdbc.sql("update top_up_widget_session set completed_by = null where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("top_up_widget_session_completed_has_top_up");

        assertThat(adapter.loadSession(stored.id()).orElseThrow().completedBy()).contains(topUp);
    }

    private TopUpWidgetSession insert(TopUpWidgetSession session) {
        return adapter.insertSession(session);
    }

    private long count() {
        return jdbc.sql("select count(*) from top_up_widget_session").query(Long.class).single();
    }
}

package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CLIENT;
import static io.dompet.domain.topup.TopUps.CUSTOMER;
import static io.dompet.domain.topup.TopUps.OTHER_CLIENT;
import static io.dompet.domain.topup.TopUps.OTHER_CUSTOMER;
import static io.dompet.domain.topup.TopUps.assertSameFields;
import static io.dompet.domain.topup.TopUps.claimed;
import static io.dompet.domain.topup.TopUps.direct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpKind;
import io.dompet.domain.topup.TopUpStatus;
import io.dompet.domain.topup.TopUps;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

class TopUpPersistenceAdapterTest {

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

    // --- every field survives a round trip -------------------------------------------------------------------

    static Stream<Named<TopUp>> topUpsInEveryState() {
        TopUp requested = direct().amount("50000.00").createdAt(T0).requested();
        TopUp inquired = direct().amount("125000.50").createdAt(T0).requested()
                .claimForSending("Bu di Sa**", Money.parse("1500.00"), "OUR", T0.plusMillis(400));
        TopUp pending = inquired.markPending(T0.plusSeconds(5), T0.plusSeconds(1));
        TopUp succeeded = direct().amount("20000.00").createdAt(T0).requested()
                .claimForSending("Bu di Sa**", Money.parse("0.00"), null, T0.plusSeconds(1))
                .succeed("FP2026112400000042", T0.plusSeconds(2));
        TopUp failed = direct().customer(OTHER_CUSTOMER).amount("999999999999999.99").createdAt(T0).requested()
                .fail(new FinpayFailure("4033814", "Saldo merchant tidak cukup – insufficient funds ✓ " + "x".repeat(300)),
                        T0.plusSeconds(3));
        TopUp needsReview = direct().amount("10000.00").createdAt(T0).claimed()
                .markPending(T0.plusSeconds(5), T0.plusSeconds(1))
                .checkedWithoutOutcome(T0.plus(Duration.ofMinutes(10)), true, T0.plus(Duration.ofMinutes(5)));
        TopUp reviewReason = direct().amount("10000.00").createdAt(T0).claimed()
                .flagForReview("Finpay's referenceNo does not fit \u2013 " + "x".repeat(300),
                        T0.plus(Duration.ofMinutes(10)), T0.plusSeconds(2));
        TopUp dompetFailure = direct().amount("10000.00").createdAt(T0).requested()
                .fail(new FinpayFailure(FinpayFailure.INQUIRY_UNAVAILABLE, ""), T0.plusSeconds(1));
        TopUp channel = TopUp.reconstitute(new TopUpId(UUID.randomUUID()), TopUpKind.CHANNEL, TopUpStatus.SUCCEEDED,
                CUSTOMER, Money.parse("0.01"), null, null, null, new TopUpChannel("an-unknown-channel"), null, null, null,
                "FPCH0001", null, false, null, 0, null, T0, T0, 0);
        TopUp notified = TopUps.notified("FPNOTIFY0001", T0);
        TopUp widget = TopUp.reconstitute(new TopUpId(UUID.randomUUID()), TopUpKind.WIDGET, TopUpStatus.SUCCEEDED,
                OTHER_CUSTOMER, Money.parse("10000.00"), null, null, null, new TopUpChannel("alfamart"), "Bu di Sa**",
                Money.parse("2500.00"), "OUR", "FPWIDGET0001", null, false, null, 0, null, T0, T0.plusSeconds(1), 0);
        return Stream.of(Named.of("REQUESTED", requested), Named.of("SENDING with the inquiry's name and fee", inquired),
                Named.of("PENDING with next check", pending), Named.of("SUCCEEDED", succeeded),
                Named.of("FAILED with Finpay's failure", failed), Named.of("needsReview", needsReview),
                Named.of("needsReview with a reason", reviewReason),
                Named.of("FAILED with dompet's failure and an empty message", dompetFailure),
                Named.of("CHANNEL without partnerReferenceNo or key", channel),
                Named.of("CHANNEL made from a notification", notified),
                Named.of("WIDGET with a name and a fee", widget));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topUpsInEveryState")
    void aStoredTopUpLoadsWithEveryField(TopUp topUp) {
        TopUp inserted = transactions.inTransaction(() -> adapter.insertTopUp(topUp));

        assertSameFields(inserted, topUp);
        assertSameFields(adapter.loadTopUp(topUp.id()).orElseThrow(), topUp);
        topUp.idempotencyKey().ifPresent(key ->
                assertSameFields(adapter.loadTopUpByIdempotencyKey(topUp.client().orElseThrow(), key).orElseThrow(), topUp));
    }

    @Test
    void updatesStoreEveryChangeAndRaiseTheVersionByOne() {
        TopUp stored = transactions.inTransaction(() -> adapter.insertTopUp(direct().createdAt(T0).requested()));
        TopUp inquired = transactions.inTransaction(() -> adapter.updateTopUp(
                stored.claimForSending("Bu di Sa**", Money.parse("2500.00"), "BEN", T0.plusSeconds(1))));
        TopUp pending = transactions.inTransaction(() -> adapter.updateTopUp(
                inquired.markPending(T0.plusSeconds(10), T0.plusSeconds(2))));
        TopUp checked = transactions.inTransaction(() -> adapter.updateTopUp(
                pending.checkedWithoutOutcome(T0.plusSeconds(30), false, T0.plusSeconds(10))));
        TopUp succeeded = transactions.inTransaction(() -> adapter.updateTopUp(
                checked.succeed("FP0001", T0.plusSeconds(31))));

        assertThat(List.of(stored, inquired, pending, checked, succeeded)).extracting(TopUp::version)
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertSameFields(succeeded, checked.succeed("FP0001", T0.plusSeconds(31)).withVersion(4));
        assertSameFields(adapter.loadTopUp(stored.id()).orElseThrow(), succeeded);
        assertThat(succeeded.nextCheckAt()).as("a final top-up is not checked again").isEmpty();
    }

    @Test
    void insertStoresVersionZeroWhateverTheTopUpCarries() {
        TopUp topUp = direct().createdAt(T0).requested().withVersion(7);

        TopUp inserted = adapter.insertTopUp(topUp);

        assertThat(inserted.version()).isZero();
        assertThat(adapter.loadTopUp(topUp.id()).orElseThrow().version()).isZero();
    }

    @Test
    void instantsAreTruncatedToMicrosecondsSoThatWhatIsReturnedIsWhatLoads() {
        Instant nanos = Instant.parse("2026-11-24T05:30:00.123456789Z");
        TopUp topUp = direct().createdAt(nanos).claimed().markPending(nanos.plusSeconds(5), nanos.plusNanos(999));

        TopUp inserted = adapter.insertTopUp(topUp);
        TopUp loaded = adapter.loadTopUp(topUp.id()).orElseThrow();

        Instant micros = Instant.parse("2026-11-24T05:30:00.123456Z");
        assertThat(inserted.createdAt()).as("truncated, not rounded").isEqualTo(micros);
        assertThat(inserted.updatedAt()).isEqualTo(Instant.parse("2026-11-24T05:30:00.123457Z"));
        assertThat(inserted.nextCheckAt()).contains(micros.plusSeconds(5));
        assertSameFields(loaded, inserted);
        assertThat(loaded).isEqualTo(inserted);
    }

    @Test
    void instantsDoNotDependOnTheSessionTimeZone() {
        TopUp topUp = direct().createdAt(T0).claimed().markPending(T0.plusSeconds(5), T0.plusSeconds(1));
        TopUpPersistenceAdapter jakarta = new TopUpPersistenceAdapter(
                JdbcClient.create(PostgresTestDatabase.dataSourceInTimeZone("Asia/Jakarta")));

        jakarta.insertTopUp(topUp);

        assertSameFields(adapter.loadTopUp(topUp.id()).orElseThrow(), topUp);
        assertSameFields(jakarta.loadTopUp(topUp.id()).orElseThrow(), topUp);
        assertThat(jdbc.sql("select created_at = timestamptz '2026-11-24 12:30:00.123456+07' from top_up")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void unknownTopUpsAreEmpty() {
        assertThat(adapter.loadTopUp(new TopUpId(UUID.randomUUID()))).isEmpty();
        assertThat(adapter.loadTopUpByIdempotencyKey(CLIENT, new IdempotencyKey("never-used"))).isEmpty();
        assertThat(adapter.loadLatestTopUps(CUSTOMER, 10)).isEmpty();
    }

    // --- optimistic locking ----------------------------------------------------------------------------------

    @Test
    void ofTwoWritersOfTheSameVersionTheFirstWinsAndTheSecondIsStale() {
        TopUp stored = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp copyA = adapter.loadTopUp(stored.id()).orElseThrow();
        TopUp copyB = adapter.loadTopUp(stored.id()).orElseThrow();

        TopUp winner = transactions.inTransaction(() ->
                adapter.updateTopUp(copyA.succeed("FP0001", T0.plusSeconds(1))));

        assertThatThrownBy(() -> transactions.inTransaction(() ->
                adapter.updateTopUp(copyB.fail(new FinpayFailure("4033814", "refused"), T0.plusSeconds(2)))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining(stored.id().toString())
                .hasMessageContaining("version 0");
        TopUp loaded = adapter.loadTopUp(stored.id()).orElseThrow();
        assertThat(winner.version()).isEqualTo(1);
        assertSameFields(loaded, winner);
        assertThat(loaded.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(loaded.failure()).isEmpty();
    }

    @Test
    void aStaleUpdateChangesNothingEvenInsideALargerTransaction() {
        TopUp stored = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp current = adapter.updateTopUp(claimed(stored, T0.plusSeconds(1)));

        assertThatThrownBy(() -> adapter.updateTopUp(stored.fail(new FinpayFailure("X1", "late"), T0.plusSeconds(2))))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> adapter.updateTopUp(current.withVersion(5)))
                .as("a version from the future is stale too").isInstanceOf(StaleRecordException.class);

        assertSameFields(adapter.loadTopUp(stored.id()).orElseThrow(), current);
    }

    @Test
    void updatingATopUpThatWasNeverStoredIsStale() {
        assertThatThrownBy(() -> adapter.updateTopUp(direct().createdAt(T0).requested()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(count()).isZero();
    }

    // --- uniqueness ------------------------------------------------------------------------------------------

    @Test
    void aSecondTopUpWithTheSameIdempotencyKeyIsADuplicate() {
        TopUp first = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp sameKey = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, first.idempotencyKey().orElseThrow(),
                new PartnerReferenceNo("OTHERREF1"), CUSTOMER, Money.parse("1.00"), T0);

        assertThatThrownBy(() -> transactions.inTransaction(() -> adapter.insertTopUp(sameKey)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("idempotency key")
                .hasMessageContaining(TopUpPersistenceAdapter.IDEMPOTENCY_KEY_CONSTRAINT)
                .hasMessageNotContaining(first.idempotencyKey().orElseThrow().value());
        assertThat(count()).isEqualTo(1);
        assertSameFields(adapter.loadTopUpByIdempotencyKey(CLIENT, first.idempotencyKey().orElseThrow()).orElseThrow(), first);
    }

    @Test
    void twoClientsMayStoreATopUpEachUnderTheSameIdempotencyKeyAndEachLoadsItsOwn() {
        TopUp first = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp otherClients = adapter.insertTopUp(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), OTHER_CLIENT,
                first.idempotencyKey().orElseThrow(), new PartnerReferenceNo("OTHERREF4"), CUSTOMER,
                first.amount(), T0));

        assertThat(count()).isEqualTo(2);
        assertSameFields(adapter.loadTopUpByIdempotencyKey(CLIENT, first.idempotencyKey().orElseThrow()).orElseThrow(),
                first);
        assertSameFields(adapter.loadTopUpByIdempotencyKey(OTHER_CLIENT, first.idempotencyKey().orElseThrow())
                .orElseThrow(), otherClients);
        assertThat(adapter.loadTopUpByIdempotencyKey(new ApiClient("third"), first.idempotencyKey().orElseThrow()))
                .isEmpty();
    }

    @Test
    void aLegacyTopUpsKeyMatchesEveryClient() {
        TopUp legacy = adapter.insertTopUp(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), ApiClient.LEGACY,
                new IdempotencyKey("pre-v8-key"), new PartnerReferenceNo("LEGACYREF1"), CUSTOMER, Money.parse("1.00"), T0));

        assertSameFields(adapter.loadTopUpByIdempotencyKey(CLIENT, new IdempotencyKey("pre-v8-key")).orElseThrow(), legacy);
        assertSameFields(adapter.loadTopUpByIdempotencyKey(OTHER_CLIENT, new IdempotencyKey("pre-v8-key")).orElseThrow(),
                legacy);
    }

    @Test
    void aSecondTopUpWithTheSamePartnerReferenceNoIsADuplicate() {
        TopUp first = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp sameReference = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, new IdempotencyKey("another-key"),
                first.partnerReferenceNo().orElseThrow(), CUSTOMER, Money.parse("1.00"), T0);

        assertThatThrownBy(() -> adapter.insertTopUp(sameReference))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("partnerReferenceNo")
                .hasMessageContaining(TopUpPersistenceAdapter.PARTNER_REFERENCE_NO_CONSTRAINT)
                .hasMessageNotContaining(first.partnerReferenceNo().orElseThrow().value());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aDirectTopUpStoredInOneStatementTakesTheNextNumberOfThePartnerReferenceSequence() {
        String before = new SequenceReferenceAdapter(jdbc).newPartnerReferenceNo().value();

        TopUp stored = adapter.insertDirectTopUpUnlessKeyTaken(reference -> TopUp.requestDirect(
                new TopUpId(UUID.randomUUID()), CLIENT, new IdempotencyKey("one-statement"), reference, CUSTOMER,
                Money.parse("1.00"), T0)).orElseThrow();

        String reference = stored.partnerReferenceNo().orElseThrow().value();
        assertThat(reference).matches("DP[0-9]{18}").startsWith(before.substring(0, 8));
        assertThat(Long.parseLong(reference.substring(8))).isEqualTo(Long.parseLong(before.substring(8)) + 1);
        assertSameFields(adapter.loadTopUp(stored.id()).orElseThrow(), stored);
    }

    @Test
    void aDrawnPartnerReferenceNoThatIsAlreadyStoredIsADuplicateAndStoresNothing() {
        TopUp first = adapter.insertDirectTopUpUnlessKeyTaken(reference -> TopUp.requestDirect(
                new TopUpId(UUID.randomUUID()), CLIENT, new IdempotencyKey("first-key"), reference, CUSTOMER,
                Money.parse("1.00"), T0)).orElseThrow();
        long number = Long.parseLong(first.partnerReferenceNo().orElseThrow().value().substring(8));
        long next = jdbc.sql("select nextval('partner_reference_seq')").query(Long.class).single();
        try {
            jdbc.sql("select setval('partner_reference_seq', :value, false)").param("value", number)
                    .query(Long.class).single();

            assertThatThrownBy(() -> adapter.insertDirectTopUpUnlessKeyTaken(reference -> TopUp.requestDirect(
                    new TopUpId(UUID.randomUUID()), CLIENT, new IdempotencyKey("second-key"), reference, CUSTOMER,
                    Money.parse("1.00"), T0)))
                    .isInstanceOf(DuplicateRecordException.class)
                    .hasMessageContaining(TopUpPersistenceAdapter.PARTNER_REFERENCE_NO_CONSTRAINT);
            assertThat(count()).isEqualTo(1);
        } finally {
            jdbc.sql("select setval('partner_reference_seq', :value)").param("value", next).query(Long.class).single();
        }
    }

    @Test
    void aSecondTopUpWithTheSameIdIsADuplicate() {
        TopUp first = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp sameId = TopUp.requestDirect(first.id(), CLIENT, new IdempotencyKey("another-key"),
                new PartnerReferenceNo("OTHERREF2"), CUSTOMER, Money.parse("1.00"), T0);

        assertThatThrownBy(() -> adapter.insertTopUp(sameId))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining(TopUpPersistenceAdapter.PRIMARY_KEY_CONSTRAINT)
                .hasMessageNotContaining(first.id().toString());
    }

    @Test
    void aSecondNotifiedTopUpWithTheSameFinpayReferenceNoIsADuplicate() {
        TopUp first = adapter.insertTopUp(TopUps.notified("FPDUPLICATE01", T0));
        TopUp sameReference = TopUp.reconstitute(new TopUpId(UUID.randomUUID()), TopUpKind.WIDGET,
                TopUpStatus.SUCCEEDED, OTHER_CUSTOMER, Money.parse("1.00"), null, null, null, new TopUpChannel("vabca"), null,
                null, null, "FPDUPLICATE01", null, false, null, 0, null, T0, T0, 0);

        assertThatThrownBy(() -> transactions.inTransaction(() -> adapter.insertTopUp(sameReference)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("Finpay referenceNo")
                .hasMessageContaining(TopUpPersistenceAdapter.NOTIFIED_REFERENCE_NO_CONSTRAINT)
                .hasMessageNotContaining("FPDUPLICATE01");
        assertThat(count()).isEqualTo(1);
        assertSameFields(adapter.loadTopUp(first.id()).orElseThrow(), first);
    }

    @Test
    void aDirectTopUpMayCarryTheReferenceNoOfANotifiedOneForTheIndexCoversNotifiedTopUpsOnly() {
        TopUp notified = adapter.insertTopUp(TopUps.notified("FPSHARED01", T0));
        TopUp direct = adapter.insertTopUp(direct().createdAt(T0).requested().succeed("FPSHARED01", T0.plusSeconds(1)));
        TopUp otherDirect = adapter.insertTopUp(direct().createdAt(T0).requested()
                .succeed("FPSHARED01", T0.plusSeconds(1)));

        assertThat(List.of(notified, direct, otherDirect)).extracting(topUp -> topUp.referenceNo().orElseThrow())
                .containsOnly("FPSHARED01");
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void aDuplicateRollsBackTheWholeTransaction() {
        TopUp first = adapter.insertTopUp(direct().createdAt(T0).requested());
        TopUp other = direct().createdAt(T0).requested();
        TopUp sameKey = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, first.idempotencyKey().orElseThrow(),
                new PartnerReferenceNo("OTHERREF3"), CUSTOMER, Money.parse("1.00"), T0);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            adapter.insertTopUp(other);
            return adapter.insertTopUp(sameKey);
        })).isInstanceOf(DuplicateRecordException.class);

        assertThat(adapter.loadTopUp(other.id())).isEmpty();
        assertThat(count()).isEqualTo(1);
    }

    // --- the reconciler's leases, on the database's clock ----------------------------------------------------

    private static final Duration STALE_AFTER = Duration.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(1);

    /** Sets the row's touched_at {@code ago} before the database's clock, as if its request had been gone that long. */
    private void untouchedFor(TopUp topUp, Duration ago) {
        jdbc.sql("update top_up set touched_at = clock_timestamp() - make_interval(secs => :seconds) where id = :id")
                .param("seconds", (double) ago.toSeconds())
                .param("id", topUp.id().value())
                .update();
    }

    private List<TopUpId> leaseAll() {
        List<TopUpId> leased = new ArrayList<>();
        for (Optional<TopUp> next = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE); next.isPresent();
                next = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)) {
            leased.add(next.get().id());
        }
        return leased;
    }

    @Test
    void dueTopUpsAreLeasedOneAtATimeOldestCheckFirstWithStalenessOnTheDatabasesClock() {
        Instant now = Instant.now();
        TopUp pendingDue = insert(claimed(direct().createdAt(now.minusSeconds(120)).requested(), now)
                .markPending(now.minusSeconds(30), now));
        TopUp pendingDueLater = insert(claimed(direct().createdAt(now.minusSeconds(120)).requested(), now)
                .markPending(now.minusSeconds(10), now));
        insert(claimed(direct().createdAt(now.minusSeconds(120)).requested(), now)
                .markPending(now.plusSeconds(3600), now));
        TopUp requestedLeftBehind = insert(direct().createdAt(now.minusSeconds(1200)).requested());
        untouchedFor(requestedLeftBehind, Duration.ofMinutes(6));
        TopUp sendingLeftBehind = insert(claimed(direct().createdAt(now.minusSeconds(900)).requested(), now));
        untouchedFor(sendingLeftBehind, Duration.ofMinutes(6));
        // created long ago by the application's clock, but touched just now by the database's: its request may run
        insert(direct().createdAt(T0).requested());
        insert(direct().createdAt(T0).claimed());
        TopUp checkedLater = insert(direct().createdAt(now.minusSeconds(1200)).requested()
                .checkedWithoutOutcome(now.plusSeconds(3600), false, now));
        untouchedFor(checkedLater, Duration.ofMinutes(6));
        TopUp succeeded = insert(direct().createdAt(now.minusSeconds(1200)).requested().succeed("FP1", now));
        TopUp failed = insert(direct().createdAt(now.minusSeconds(1200)).requested()
                .fail(new FinpayFailure("X", "no"), now));
        TopUp notified = insert(TopUps.notified("FPNOTIFIED9", now.minusSeconds(1200)));
        for (TopUp settled : List.of(succeeded, failed, notified)) {
            untouchedFor(settled, Duration.ofMinutes(6));
        }

        assertThat(leaseAll()).containsExactly(requestedLeftBehind.id(), sendingLeftBehind.id(), pendingDue.id(),
                pendingDueLater.id());
    }

    @Test
    void aLeaseIsNotAChangeOfTheTopUpAndHidesItFromOtherReconcilersUntilItExpires() {
        Instant now = Instant.now();
        TopUp pending = insert(direct().createdAt(now).claimed().markPending(now.minusSeconds(1), now));

        TopUp leased = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, Duration.ofMillis(300)).orElseThrow();

        assertSameFields(leased, pending);
        assertSameFields(adapter.loadTopUp(pending.id()).orElseThrow(), pending);
        assertThat(adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).as("leased to another").isEmpty();
        Optional<TopUp> again = Optional.empty();
        for (int wait = 0; wait < 100 && again.isEmpty(); wait++) {
            pause(50);
            again = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE);
        }
        assertThat(again).as("the lease has expired").map(TopUp::id).contains(pending.id());
    }

    @Test
    void aVersionedUpdateOrAReleaseEndsTheLease() {
        Instant now = Instant.now();
        TopUp pending = insert(direct().createdAt(now).claimed().markPending(now.minusSeconds(1), now));
        TopUp leased = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();

        adapter.updateTopUp(leased.checkedWithoutOutcome(now.minusSeconds(1), false, now));

        TopUp leasedAgain = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();
        assertThat(leasedAgain.id()).isEqualTo(pending.id());
        assertThat(leasedAgain.version()).isEqualTo(1);
        adapter.releaseLease(pending.id());
        assertThat(adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).map(TopUp::id).contains(pending.id());
    }

    @RepeatedTest(3)
    void concurrentReconcilersNeverLeaseTheSameTopUp() throws Exception {
        Instant now = Instant.now();
        List<TopUpId> due = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            due.add(insert(direct().createdAt(now).claimed().markPending(now.minusSeconds(1), now)).id());
        }
        int reconcilers = 4;
        CyclicBarrier together = new CyclicBarrier(reconcilers);
        ExecutorService threads = Executors.newFixedThreadPool(reconcilers);
        List<Future<List<TopUpId>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < reconcilers; i++) {
                runs.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return leaseAll();
                }));
            }
            List<TopUpId> leased = new ArrayList<>();
            for (Future<List<TopUpId>> run : runs) {
                leased.addAll(run.get(60, TimeUnit.SECONDS));
            }
            assertThat(leased).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPostponedCheckMovesOnlyTheNextCheckAndEndsTheLeaseEvenWhenTheTopUpCannotBeStored() {
        Instant now = Instant.now();
        TopUp pending = insert(direct().createdAt(now).claimed().markPending(now.minusSeconds(1), now));
        TopUp leased = adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();
        // what the application holds no longer fits the row (here a name longer than its column)
        TopUp unstorable = TopUp.reconstitute(leased.id(), leased.kind(), leased.status(), leased.customerNumber(),
                leased.amount(), leased.partnerReferenceNo().orElseThrow(), leased.client().orElseThrow(),
                leased.idempotencyKey().orElseThrow(), null,
                "n".repeat(300), leased.fee().orElseThrow(), null, null, null, false, null, 1,
                now.plusSeconds(5), leased.createdAt(), now, leased.version());
        assertThatThrownBy(() -> adapter.updateTopUp(unstorable)).isInstanceOf(DataIntegrityViolationException.class);

        adapter.postponeCheck(pending.id(), Duration.ofHours(1));

        TopUp postponed = adapter.loadTopUp(pending.id()).orElseThrow();
        assertThat(postponed.nextCheckAt().orElseThrow()).isBetween(now.plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(postponed.version()).isEqualTo(pending.version());
        assertThat(postponed.checkAttempts()).isEqualTo(pending.checkAttempts());
        assertThat(jdbc.sql("select lease_until is null from top_up where id = :id").param("id", pending.id().value())
                .query(Boolean.class).single()).isTrue();
        assertThat(adapter.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).as("not due for an hour").isEmpty();
    }

    @Test
    void failureTextsWithControlCharactersAndAReviewReasonAreStored() {
        TopUp failed = insert(direct().createdAt(T0).requested()
                .fail(new FinpayFailure("40\u00003800", "NUL\u0000 and\r\nbreaks " + "x".repeat(400)), T0.plusSeconds(1)));

        TopUp loaded = adapter.loadTopUp(failed.id()).orElseThrow();
        assertThat(loaded.failure().orElseThrow().code()).isEqualTo("40 3800");
        assertThat(loaded.failure().orElseThrow().message()).startsWith("NUL  and breaks").hasSize(255);
    }

    @Test
    void theLeaseQueryCanUseThePartialIndex() {
        String plan;
        try {
            transactions.inTransaction(() -> {
                jdbc.sql("set local enable_seqscan = off").update();
                // the lists' index on (status, created_at) (V11) serves this query's status filter too, and on a table
                // this small the planner's pick between the two follows the statistics of the moment: this transaction
                // drops it, shows the plan and rolls back, so that the plan shows whether the lease query can use its own
                jdbc.sql("drop index top_up_status_created_idx").update();
                throw new PlanShown(String.join("\n", jdbc.sql("""
                                explain select id from top_up
                                 where status in ('REQUESTED', 'SENDING', 'PENDING')
                                   and kind = 'DIRECT'
                                   and (status = 'PENDING' or touched_at < clock_timestamp() - make_interval(secs => 60))
                                   and (next_check_at is null or next_check_at <= clock_timestamp())
                                   and (lease_until is null or lease_until <= clock_timestamp())
                                 order by coalesce(next_check_at, created_at), id
                                 limit 1
                                   for update skip locked
                                """).query(String.class).list()));
            });
            throw new AssertionError("the transaction showing the plan must roll back");
        } catch (PlanShown shown) {
            plan = shown.getMessage();
        }
        assertThat(plan).contains("top_up_due_for_check_idx");
        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'top_up_status_created_idx'")
                .query(Long.class).single()).as("the dropped index is back: the transaction rolled back").isEqualTo(1);
    }

    /** Carries the plan out of the transaction that showed it, rolling that transaction back. */
    private static final class PlanShown extends RuntimeException {
        PlanShown(String plan) {
            super(plan, null, false, false);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- a customer's latest top-ups -------------------------------------------------------------------------

    @Test
    void latestTopUpsAreTheCustomersNewestFirstUpToTheLimit() {
        TopUp oldest = insert(direct().amount("1.00").createdAt(T0).requested());
        TopUp middle = insert(direct().amount("2.00").createdAt(T0.plusSeconds(60)).requested());
        TopUp newest = insert(direct().amount("3.00").createdAt(T0.plusSeconds(120)).requested()
                .succeed("FP3", T0.plusSeconds(121)));
        TopUp newer = insert(direct().amount("4.00").createdAt(T0.plusSeconds(90)).requested());
        insert(direct().customer(OTHER_CUSTOMER).amount("5.00").createdAt(T0.plusSeconds(500)).requested());

        assertThat(adapter.loadLatestTopUps(CUSTOMER, 10)).extracting(TopUp::id)
                .containsExactly(newest.id(), newer.id(), middle.id(), oldest.id());
        assertThat(adapter.loadLatestTopUps(CUSTOMER, 2)).extracting(TopUp::id)
                .containsExactly(newest.id(), newer.id());
        assertSameFields(adapter.loadLatestTopUps(CUSTOMER, 1).get(0), newest);
        assertThatThrownBy(() -> adapter.loadLatestTopUps(CUSTOMER, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- the table's own rules -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "amount = -1",
            "amount = 0",
            "fee = -0.01",
            "status = 'UNKNOWN'",
            "kind = 'CASH'",
            "status = 'SUCCEEDED'",
            "status = 'FAILED'",
            "failure_code = 'X', failure_message = 'set on a top-up that did not fail'",
            "status = 'FAILED', failure_code = 'X'",
            "reference_no = ' '",
            "customer_number = '081234567890'",
            "customer_number = '6280123456789'",
            "currency = 'USD'",
            "idempotency_key = null",
            "client = null",
            "client = 'has space'",
            "partner_reference_no = null",
            "partner_reference_no = 'DP-1'",
            "idempotency_key = 'has space'",
            "check_attempts = -1",
            "version = -1",
            "channel = 'vabri'",
            "kind = 'CHANNEL'",
    })
    void theTableRefusesWhatTheDomainCouldNotLoad(String change) {
        TopUp stored = insert(direct().createdAt(T0).requested());

        assertThatThrownBy(() -> jdbc.sql("update top_up set " + change + " where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertSameFields(adapter.loadTopUp(stored.id()).orElseThrow(), stored);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "channel = null",
            "channel = ''",
            "channel = 'has space'",
            "channel = 'thirty-three-characters-long-xxxx'",
            "status = 'PENDING'",
            "status = 'REQUESTED'",
            "status = 'FAILED', failure_code = 'X', failure_message = 'no'",
            "reference_no = null",
            "kind = 'DIRECT'",
            "kind = 'DIRECT', partner_reference_no = 'DP1', idempotency_key = 'k1'",
            "client = 'backoffice'",
            "idempotency_key = 'k1'",
            "kind = 'WIDGET', channel = null",
    })
    void theTableRefusesANotifiedTopUpTheDomainCouldNotLoad(String change) {
        TopUp stored = insert(TopUps.notified("FPRULES01", T0));

        assertThatThrownBy(() -> jdbc.sql("update top_up set " + change + " where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertSameFields(adapter.loadTopUp(stored.id()).orElseThrow(), stored);
    }

    @Test
    void theTableRefusesToInsertADirectTopUpWithAChannelOrAChannelTopUpWithoutOne() {
        assertThatThrownBy(() -> rawInsert("DIRECT", "REQUESTED", "DP1", "key-1", "vabri", null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("top_up_direct_has_no_channel");
        assertThatThrownBy(() -> rawInsert("CHANNEL", "SUCCEEDED", null, null, null, "FP1"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("top_up_notified_is_settled");
        assertThat(count()).isZero();

        rawInsert("DIRECT", "REQUESTED", "DP1", "key-1", null, null);
        rawInsert("CHANNEL", "SUCCEEDED", null, null, "vabri", "FP1");
        assertThat(count()).as("the same rows with and without a channel are accepted").isEqualTo(2);
    }

    @Test
    void aSucceededTopUpWithItsReferenceAndAFailedOneWithItsFailureAreAccepted() {
        TopUp toSucceed = insert(direct().createdAt(T0).requested());
        TopUp toFail = insert(direct().createdAt(T0).requested());

        jdbc.sql("update top_up set status = 'SUCCEEDED', reference_no = 'FP1' where id = :id")
                .param("id", toSucceed.id().value()).update();
        jdbc.sql("update top_up set status = 'FAILED', failure_code = 'X', failure_message = '' where id = :id")
                .param("id", toFail.id().value()).update();

        assertThat(adapter.loadTopUp(toSucceed.id()).orElseThrow().referenceNo()).contains("FP1");
        assertThat(adapter.loadTopUp(toFail.id()).orElseThrow().failure()).contains(new FinpayFailure("X", ""));
    }

    private void rawInsert(String kind, String status, String partnerReferenceNo, String idempotencyKey,
                           String channel, String referenceNo) {
        jdbc.sql("""
                        insert into top_up (id, kind, status, customer_number, amount, partner_reference_no,
                                            client, idempotency_key, channel, reference_no, created_at, updated_at)
                        values (:id, :kind, :status, '6281234567890', 1.00, :partnerReferenceNo,
                                :client, :idempotencyKey, :channel, :referenceNo, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("kind", kind)
                .param("status", status)
                .param("partnerReferenceNo", partnerReferenceNo, Types.VARCHAR)
                .param("client", idempotencyKey == null ? null : CLIENT.name(), Types.VARCHAR)
                .param("idempotencyKey", idempotencyKey, Types.VARCHAR)
                .param("channel", channel, Types.VARCHAR)
                .param("referenceNo", referenceNo, Types.VARCHAR)
                .update();
    }

    private TopUp insert(TopUp topUp) {
        return adapter.insertTopUp(topUp);
    }

    private long count() {
        return jdbc.sql("select count(*) from top_up").query(Long.class).single();
    }
}

package io.dompet.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every top-up store promises ({@link LoadTopUpPort}, {@link SaveTopUpPort}, {@link TopUpCheckLeasePort}), run
 * against the in-memory fake (application's tests) and the PostgreSQL adapter (adapters-persistence's tests), so that
 * the fake the services are tested against cannot drift from the store they run on. A subclass supplies an empty
 * store and a way to let time pass on the store's clock.
 */
public abstract class TopUpStoreContract<S extends LoadTopUpPort & SaveTopUpPort & TopUpCheckLeasePort> {

    protected static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    protected static final PhoneNumber OTHER_CUSTOMER = PhoneNumber.parse("085712345678");
    private static final ApiClient CLIENT = new ApiClient("backoffice");
    private static final ApiClient OTHER_CLIENT = new ApiClient("mobile-app");
    private static final Duration STALE_AFTER = Duration.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private S store;
    /** Whole microseconds (as PostgreSQL keeps them), a little before the store's clock. */
    private Instant now;

    /** An empty store. */
    protected abstract S emptyStore();

    /** The wallets the store credits ({@link SaveTopUpPort#updateTopUpCreditingIfSucceeded}); none before a test. */
    protected abstract LoadWalletPort wallets();

    /** Moves the store's clock (the one its touched times, leases and due checks are measured on) {@code duration} on. */
    protected abstract void letTimePass(Duration duration);

    @BeforeEach
    void newStore() {
        store = emptyStore();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS).minusSeconds(1);
    }

    // --- insert, load, update ------------------------------------------------------------------------------------

    @Test
    void anInsertedTopUpLoadsAsStoredAtVersionZeroWhateverVersionItCarries() {
        TopUp stored = store.insertTopUp(requested(CUSTOMER).withVersion(7));

        assertThat(stored.version()).isZero();
        assertThat(store.loadTopUp(stored.id())).get().usingRecursiveComparison().isEqualTo(stored);
        assertThat(store.loadTopUp(new TopUpId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAndRaisesTheVersionByOne() {
        TopUp stored = store.insertTopUp(requested(CUSTOMER));

        TopUp claimed = store.updateTopUp(claimed(stored));
        TopUp succeeded = store.updateTopUp(claimed.succeed("FP2026112400000042", now.plusSeconds(2)));

        assertThat(claimed.version()).isEqualTo(1);
        assertThat(succeeded.version()).isEqualTo(2);
        assertThat(store.loadTopUp(stored.id())).get().usingRecursiveComparison().isEqualTo(succeeded);
    }

    @Test
    void aTopUpThatSucceededWithoutFinpaysReferenceNoFlaggedForReviewIsStoredAsItIs() {
        TopUp claimed = store.updateTopUp(claimed(store.insertTopUp(requested(CUSTOMER))));

        TopUp succeeded = store.updateTopUp(claimed.succeedWithoutReferenceNo("Finpay named no referenceNo",
                now.plusSeconds(2)));

        assertThat(succeeded.referenceNo()).isEmpty();
        assertThat(store.loadTopUp(claimed.id())).get().usingRecursiveComparison().isEqualTo(succeeded);
    }

    @Test
    void ofTwoWritersOfTheSameVersionTheSecondIsStaleAndChangesNothing() {
        TopUp stored = store.insertTopUp(requested(CUSTOMER));
        TopUp winner = store.updateTopUp(claimed(stored));

        assertThatThrownBy(() -> store.updateTopUp(stored.fail(new FinpayFailure("4043811", "unknown"), now)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining(stored.id().toString())
                .hasMessageContaining("version 0")
                .hasMessageNotContaining(CUSTOMER.international());
        assertThatThrownBy(() -> store.updateTopUp(winner.withVersion(5)))
                .as("a version from the future is stale too").isInstanceOf(StaleRecordException.class);
        assertThat(store.loadTopUp(stored.id())).get().usingRecursiveComparison().isEqualTo(winner);
    }

    @Test
    void aSettlementThatSucceedsCreditsTheWalletInTheSameWriteWithTheTopUpsAmountAndName() {
        TopUp claimed = store.updateTopUp(claimed(store.insertTopUp(requested(CUSTOMER))));
        TopUp pending = store.updateTopUpCreditingIfSucceeded(claimed.markPending(now.plusSeconds(5), now));
        assertThat(wallets().loadWallet(CUSTOMER)).as("an open top-up credits nothing").isEmpty();

        TopUp succeeded = store.updateTopUpCreditingIfSucceeded(pending.succeed("FP2026112400000042", now));

        assertThat(succeeded.version()).isEqualTo(pending.version() + 1);
        assertThat(store.loadTopUp(claimed.id())).get().usingRecursiveComparison().isEqualTo(succeeded);
        assertThat(wallets().loadWallet(CUSTOMER)).get().satisfies(wallet -> {
            assertThat(wallet.creditedTotal()).isEqualTo(Money.parse("50000.00"));
            assertThat(wallet.name()).isEqualTo(claimed.customerName());
        });
    }

    @Test
    void aStaleSettlementCreditsNothing() {
        TopUp claimed = store.updateTopUp(claimed(store.insertTopUp(requested(CUSTOMER))));
        store.updateTopUp(claimed.markPending(now.plusSeconds(5), now));

        assertThatThrownBy(() -> store.updateTopUpCreditingIfSucceeded(claimed.succeed("FP2026112400000042", now)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(wallets().loadWallet(CUSTOMER)).isEmpty();
    }

    @Test
    void updatingATopUpThatWasNeverStoredIsStale() {
        assertThatThrownBy(() -> store.updateTopUp(requested(CUSTOMER))).isInstanceOf(StaleRecordException.class);
    }

    // --- uniqueness ----------------------------------------------------------------------------------------------

    @Test
    void aSecondTopUpOfTheSameClientWithTheSameIdempotencyKeyIsADuplicate() {
        TopUp first = store.insertTopUp(requested(CUSTOMER));
        TopUp sameKey = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, first.idempotencyKey().orElseThrow(),
                partnerReferenceNo(), OTHER_CUSTOMER, Money.parse("10000.00"), now);

        assertThatThrownBy(() -> store.insertTopUp(sameKey))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(first.idempotencyKey().orElseThrow().value());
        assertThat(store.loadTopUp(sameKey.id())).isEmpty();
    }

    @Test
    void twoClientsMayStoreATopUpEachUnderTheSameIdempotencyKeyAndEachLoadsItsOwn() {
        TopUp mine = store.insertTopUp(requested(CUSTOMER));
        IdempotencyKey key = mine.idempotencyKey().orElseThrow();
        TopUp theirs = store.insertTopUp(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), OTHER_CLIENT, key,
                partnerReferenceNo(), OTHER_CUSTOMER, Money.parse("10000.00"), now));

        assertThat(store.loadTopUpByIdempotencyKey(CLIENT, key)).map(TopUp::id).contains(mine.id());
        assertThat(store.loadTopUpByIdempotencyKey(OTHER_CLIENT, key)).map(TopUp::id).contains(theirs.id());
        assertThat(store.loadTopUpByIdempotencyKey(new ApiClient("third"), key)).isEmpty();
    }

    @Test
    void aLegacyTopUpsKeyMatchesEveryClient() {
        IdempotencyKey key = new IdempotencyKey("legacy-" + UUID.randomUUID());
        TopUp legacy = store.insertTopUp(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), ApiClient.LEGACY, key,
                partnerReferenceNo(), CUSTOMER, Money.parse("10000.00"), now));

        assertThat(store.loadTopUpByIdempotencyKey(CLIENT, key)).map(TopUp::id).contains(legacy.id());
        assertThat(store.loadTopUpByIdempotencyKey(OTHER_CLIENT, key)).map(TopUp::id).contains(legacy.id());
    }

    @Test
    void aNewDirectTopUpIsStoredInOneWriteUnderAPartnerReferenceNoTheStoreDraws() {
        IdempotencyKey key = idempotencyKey();

        TopUp first = store.insertDirectTopUpUnlessKeyTaken(reference -> direct(CLIENT, key, reference)).orElseThrow();
        TopUp second = store.insertDirectTopUpUnlessKeyTaken(reference -> direct(CLIENT, idempotencyKey(), reference))
                .orElseThrow();

        assertThat(first.version()).isZero();
        assertThat(first.status()).isEqualTo(TopUpStatus.REQUESTED);
        assertThat(first.partnerReferenceNo()).isPresent().isNotEqualTo(second.partnerReferenceNo());
        assertThat(store.loadTopUp(first.id())).get().usingRecursiveComparison().isEqualTo(first);
        assertThat(store.loadTopUpByIdempotencyKey(CLIENT, key)).map(TopUp::id).contains(first.id());
    }

    @Test
    void aDirectTopUpUnderAKeyTheClientAlreadyUsedIsNotStoredAndTheEarlierOneStays() {
        TopUp first = store.insertTopUp(requested(CUSTOMER));
        IdempotencyKey key = first.idempotencyKey().orElseThrow();
        TopUpId secondId = new TopUpId(UUID.randomUUID());

        Optional<TopUp> second = store.insertDirectTopUpUnlessKeyTaken(reference -> TopUp.requestDirect(secondId,
                CLIENT, key, reference, OTHER_CUSTOMER, Money.parse("10000.00"), now));

        assertThat(second).isEmpty();
        assertThat(store.loadTopUp(secondId)).isEmpty();
        assertThat(store.loadTopUpByIdempotencyKey(CLIENT, key)).get().usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void aLegacyTopUpsKeyIsTakenForEveryClientButAnotherClientsKeyIsNot() {
        IdempotencyKey legacyKey = new IdempotencyKey("legacy-" + UUID.randomUUID());
        store.insertTopUp(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), ApiClient.LEGACY, legacyKey,
                partnerReferenceNo(), CUSTOMER, Money.parse("10000.00"), now));
        IdempotencyKey othersKey = store.insertTopUp(requested(CUSTOMER)).idempotencyKey().orElseThrow();

        assertThat(store.insertDirectTopUpUnlessKeyTaken(reference -> direct(OTHER_CLIENT, legacyKey, reference)))
                .isEmpty();
        assertThat(store.insertDirectTopUpUnlessKeyTaken(reference -> direct(OTHER_CLIENT, othersKey, reference)))
                .get().satisfies(stored -> assertThat(stored.client()).contains(OTHER_CLIENT));
    }

    @Test
    void aSecondTopUpWithTheSamePartnerReferenceNoIsADuplicate() {
        TopUp first = store.insertTopUp(requested(CUSTOMER));
        TopUp sameReference = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, idempotencyKey(),
                first.partnerReferenceNo().orElseThrow(), CUSTOMER, Money.parse("10000.00"), now);

        assertThatThrownBy(() -> store.insertTopUp(sameReference))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(first.partnerReferenceNo().orElseThrow().value());
    }

    @Test
    void aSecondTopUpWithTheSameIdIsADuplicate() {
        TopUp first = store.insertTopUp(requested(CUSTOMER));
        TopUp sameId = TopUp.requestDirect(first.id(), CLIENT, idempotencyKey(), partnerReferenceNo(), CUSTOMER,
                Money.parse("10000.00"), now);

        assertThatThrownBy(() -> store.insertTopUp(sameId)).isInstanceOf(DuplicateRecordException.class);
        assertThat(store.loadTopUp(first.id())).get().usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void aSecondNotifiedTopUpWithTheSameFinpayReferenceNoIsADuplicateButADirectOneMayCarryIt() {
        String referenceNo = "FP" + UUID.randomUUID().toString().substring(0, 8);
        store.insertTopUp(notified(referenceNo));

        assertThatThrownBy(() -> store.insertTopUp(notified(referenceNo)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(referenceNo);
        TopUp direct = store.insertTopUp(requested(CUSTOMER));
        TopUp succeeded = store.updateTopUp(store.updateTopUp(claimed(direct)).succeed(referenceNo, now));
        assertThat(succeeded.referenceNo()).contains(referenceNo);
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Test
    void latestTopUpsAreTheCustomersNewestFirstUpToTheLimit() {
        TopUp oldest = store.insertTopUp(requested(CUSTOMER, now.minusSeconds(30)));
        TopUp middle = store.insertTopUp(requested(CUSTOMER, now.minusSeconds(20)));
        TopUp newest = store.insertTopUp(requested(CUSTOMER, now.minusSeconds(10)));
        store.insertTopUp(requested(OTHER_CUSTOMER, now));

        assertThat(store.loadLatestTopUps(CUSTOMER, 10)).extracting(TopUp::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(store.loadLatestTopUps(CUSTOMER, 2)).extracting(TopUp::id).containsExactly(newest.id(), middle.id());
        assertThatThrownBy(() -> store.loadLatestTopUps(CUSTOMER, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- the reconciler's leases ---------------------------------------------------------------------------------

    @Test
    void dueTopUpsAreLeasedOneAtATimeOldestCheckFirst() {
        TopUp pendingDue = store.insertTopUp(pending(now.minusSeconds(3)));
        TopUp pendingDueEarlier = store.insertTopUp(pending(now.minusSeconds(5)));
        store.insertTopUp(pending(now.plus(Duration.ofHours(1))));
        store.insertTopUp(requested(CUSTOMER));
        store.insertTopUp(claimed(requested(CUSTOMER)));
        store.insertTopUp(requested(CUSTOMER).fail(new FinpayFailure("4043811", "unknown"), now));
        store.insertTopUp(notified("FP" + UUID.randomUUID().toString().substring(0, 8)));

        assertThat(leaseAll()).as("fresh REQUESTED and SENDING ones still belong to their request; final, notified"
                + " and not yet due ones are not checked").containsExactly(pendingDueEarlier.id(), pendingDue.id());
    }

    @Test
    void requestedAndSendingTopUpsUntouchedForLongerThanTheStaleAgeAreDue() {
        TopUp requested = store.insertTopUp(requested(CUSTOMER));
        TopUp sending = store.insertTopUp(claimed(requested(CUSTOMER)));

        assertThat(store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).isEmpty();
        letTimePass(STALE_AFTER.plusSeconds(1));

        assertThat(leaseAll()).containsExactlyInAnyOrder(requested.id(), sending.id());
    }

    @Test
    void aLeaseIsNotAChangeOfTheTopUpAndHidesItFromOtherReconcilersUntilItExpires() {
        TopUp pending = store.insertTopUp(pending(now.minusSeconds(1)));

        TopUp leased = store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();

        assertThat(leased).usingRecursiveComparison().isEqualTo(pending);
        assertThat(store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).as("leased to another").isEmpty();
        letTimePass(LEASE.plusSeconds(1));
        assertThat(store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).as("the lease has expired")
                .map(TopUp::id).contains(pending.id());
    }

    @Test
    void aVersionedUpdateOrAReleaseEndsTheLease() {
        TopUp pending = store.insertTopUp(pending(now.minusSeconds(1)));
        TopUp leased = store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();

        store.updateTopUp(leased.checkedWithoutOutcome(now.minusSeconds(1), false, now));
        TopUp leasedAgain = store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();
        assertThat(leasedAgain.id()).isEqualTo(pending.id());
        assertThat(leasedAgain.version()).isEqualTo(1);

        store.releaseLease(pending.id());
        assertThat(store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).map(TopUp::id).contains(pending.id());
    }

    @Test
    void aPostponedCheckMovesTheNextCheckOnEndsTheLeaseAndKeepsTheVersion() {
        TopUp pending = store.insertTopUp(pending(now.minusSeconds(1)));
        store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE).orElseThrow();

        store.postponeCheck(pending.id(), Duration.ofHours(1));

        TopUp postponed = store.loadTopUp(pending.id()).orElseThrow();
        assertThat(postponed.version()).isEqualTo(pending.version());
        assertThat(postponed.status()).isEqualTo(pending.status());
        assertThat(postponed.nextCheckAt()).get().matches(at -> at.isAfter(now.plus(Duration.ofMinutes(59))));
        assertThat(store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).as("not due for an hour").isEmpty();
        letTimePass(Duration.ofHours(1).plusSeconds(5));
        assertThat(store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)).map(TopUp::id).contains(pending.id());
    }

    @Test
    void aLeaseMustBePositive() {
        assertThatThrownBy(() -> store.leaseNextTopUpDueForCheck(STALE_AFTER, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<TopUpId> leaseAll() {
        List<TopUpId> leased = new ArrayList<>();
        for (Optional<TopUp> next = store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE); next.isPresent();
                next = store.leaseNextTopUpDueForCheck(STALE_AFTER, LEASE)) {
            leased.add(next.get().id());
        }
        return leased;
    }

    // --- top-ups ---------------------------------------------------------------------------------------------------

    private TopUp requested(PhoneNumber customer) {
        return requested(customer, now);
    }

    private TopUp requested(PhoneNumber customer, Instant createdAt) {
        return TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT, idempotencyKey(), partnerReferenceNo(),
                customer, Money.parse("50000.00"), createdAt);
    }

    private TopUp direct(ApiClient client, IdempotencyKey key, PartnerReferenceNo reference) {
        return TopUp.requestDirect(new TopUpId(UUID.randomUUID()), client, key, reference, CUSTOMER,
                Money.parse("50000.00"), now);
    }

    private TopUp claimed(TopUp requested) {
        return requested.claimForSending("Bu di Sa**", Money.parse("1500.00"), "OUR", now);
    }

    /** A {@code PENDING} direct top-up whose first check is at {@code firstCheckAt}. */
    private TopUp pending(Instant firstCheckAt) {
        return claimed(requested(CUSTOMER)).markPending(firstCheckAt, now);
    }

    private TopUp notified(String referenceNo) {
        return TopUp.notified(new TopUpId(UUID.randomUUID()), new TopUpNotification(referenceNo, CUSTOMER,
                OffsetDateTime.parse("2026-11-24T12:29:58+07:00"), "FINPAY-MERCHANT-1", Money.parse("150000.00"),
                "Top up via BRI virtual account", new TopUpChannel("vabri")), now);
    }

    private static IdempotencyKey idempotencyKey() {
        return new IdempotencyKey("key-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID());
    }

    private static PartnerReferenceNo partnerReferenceNo() {
        return new PartnerReferenceNo("TEST" + SEQUENCE.incrementAndGet() + "X" + System.nanoTime());
    }
}

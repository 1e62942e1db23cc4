package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.ScriptedEmoney;
import io.dompet.application.port.in.ReconciliationResult;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReconcileTopUpsServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234560002");
    private static final Money AMOUNT = Money.parse("50000");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final ScriptedEmoney finpay = new ScriptedEmoney(transactions::isOpen);
    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore(clock, wallets);
    private final ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(40), 4,
            Duration.ofMinutes(1), Duration.ofSeconds(30), 50);
    private final ReconcileTopUpsService reconciler = reconciler(finpay, topUps);

    private ReconcileTopUpsService reconciler(EmoneyTopUpPort emoney, SaveTopUpPort saves) {
        return new ReconcileTopUpsService(emoney, topUps, saves, topUps, transactions, clock, policy);
    }

    private ReconciliationResult reconcile() {
        return reconciler.reconcileDueTopUps(() -> false);
    }

    private int sequence;

    private TopUp requested() {
        sequence++;
        return TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new ApiClient("backoffice"), new IdempotencyKey("key-" + sequence),
                new PartnerReferenceNo("P" + sequence), CUSTOMER, AMOUNT, clock.instant());
    }

    private TopUp givenPending() {
        TopUp pending = claimed(requested())
                .markPending(clock.instant().plusSeconds(5), clock.instant());
        return topUps.given(pending);
    }

    private TopUp claimed(TopUp requested) {
        return requested.claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", clock.instant());
    }

    private TopUp stored(TopUp topUp) {
        return topUps.loadTopUp(topUp.id()).orElseThrow();
    }

    @Test
    void aDuePendingTopUpThatFinpayReportsSuccessfulSucceedsAndIsCreditedOnce() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Succeeded("2211150005490937"));

        ReconciliationResult result = reconcile();

        assertThat(result.checked()).isEqualTo(1);
        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(stored(pending).referenceNo()).contains("2211150005490937");
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(finpay.statusCalls()).singleElement()
                .satisfies(call -> assertThat(call.partnerReferenceNo()).isEqualTo(new PartnerReferenceNo("P1")));

        assertThat(reconcile().checked()).as("settled top-ups are not checked again").isZero();
        assertThat(wallets.credits()).isEqualTo(1);
    }

    @Test
    void theStatusInquiryNeverResubmitsATopUp() {
        givenPending();
        clock.advance(Duration.ofSeconds(5));

        reconcile();

        assertThat(finpay.topUpCalls()).isEmpty();
        assertThat(finpay.inquiryCalls()).isEmpty();
    }

    @Test
    void aPendingTopUpIsNotCheckedBeforeItIsDue() {
        givenPending();
        clock.advance(Duration.ofSeconds(4));

        assertThat(reconcile().checked()).isZero();
        assertThat(finpay.statusCalls()).isEmpty();
    }

    @Test
    void aFailedStatusFailsTheTopUpWithTheStatusAndCreditsNothing() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Failed(new FinpayFailure("STATUS_06", "Failed")));

        reconcile();

        assertThat(stored(pending).failure()).contains(new FinpayFailure("STATUS_06", "Failed"));
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void notFoundForARequestedTopUpLeftByACrashMeansFinpayNeverProcessedIt() {
        TopUp requested = topUps.given(requested());
        clock.advance(Duration.ofSeconds(61));
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));

        reconcile();

        assertThat(stored(requested).status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(stored(requested).failure().orElseThrow().code()).isEqualTo(FinpayFailure.NEVER_PROCESSED);
    }

    @Test
    void aRequestedTopUpYoungerThanAMinuteIsLeftToTheRequestThatOwnsIt() {
        // "a minute" is the policy's requestedStaleAfter, measured on the store's (the database's) clock
        topUps.given(requested());
        clock.advance(Duration.ofSeconds(59));

        assertThat(reconcile().checked()).isZero();
    }

    @Test
    void notFoundForAPendingTopUpDoesNotFailItButChecksAgainLater() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));

        reconcile();

        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(stored(pending).checkAttempts()).isEqualTo(1);
    }

    @Test
    void checksWithoutOutcomeBackOffExponentiallyAndFlagTheTopUpForReviewAfterTheBudget() {
        TopUp pending = givenPending();
        Instant[] expectedNext = new Instant[4];
        Duration[] waits = {Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40)};
        clock.advance(Duration.ofSeconds(5));
        for (int attempt = 0; attempt < 4; attempt++) {
            finpay.statusAnswers(new StatusOutcome.InProgress("Pending"));
            reconcile();
            expectedNext[attempt] = clock.instant().plus(waits[attempt]);
            TopUp after = stored(pending);
            assertThat(after.nextCheckAt()).contains(expectedNext[attempt]);
            assertThat(after.checkAttempts()).isEqualTo(attempt + 1);
            assertThat(after.needsReview()).isEqualTo(attempt + 1 >= policy.budget());
            clock.advance(waits[attempt]);
        }
        finpay.statusAnswers(new StatusOutcome.Unknown("timeout"));
        ReconciliationResult fifth = reconcile();

        assertThat(fifth.unresolved()).isEqualTo(1);
        assertThat(stored(pending).nextCheckAt()).contains(clock.instant().plus(policy.maxBackoff()));
        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void aTopUpSettledByAnotherWriterMeanwhileIsNotCreditedTwice() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        // another instance settles it between the due query and this reconciler's write
        TopUp settledElsewhere = topUps.updateTopUp(pending.succeed("R-1", clock.instant()));
        wallets.creditWallet(CUSTOMER, null, AMOUNT);
        TopUpSettlement settlement = new TopUpSettlement(topUps, topUps, transactions, policy);

        TopUp result = settlement.apply(pending, settlement.succeed("R-1", clock.instant()));

        assertThat(result).isEqualTo(settledElsewhere);
        assertThat(wallets.credits()).isEqualTo(1);
    }

    @Test
    void oneTopUpThatCannotBeReconciledDoesNotStopTheOthers() {
        TopUp first = givenPending();
        TopUp second = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Succeeded(" ")).statusAnswers(new StatusOutcome.Succeeded("R-2"));

        ReconciliationResult result = reconcile();

        assertThat(result.checked()).isEqualTo(2);
        assertThat(stored(first).status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(stored(second).status()).isEqualTo(TopUpStatus.SUCCEEDED);
    }

    /** Finpay that lets {@code meanwhile} happen while the first status inquiry is under way. */
    private EmoneyTopUpPort finpayWhileAsked(Runnable meanwhile) {
        AtomicBoolean happened = new AtomicBoolean();
        return new EmoneyTopUpPort() {
            @Override
            public InquiryOutcome inquire(AccountInquiry inquiry) {
                return finpay.inquire(inquiry);
            }

            @Override
            public TopUpOutcome topUp(TopUpInstruction instruction) {
                return finpay.topUp(instruction);
            }

            @Override
            public StatusOutcome status(StatusInquiry inquiry) {
                if (!happened.getAndSet(true)) {
                    meanwhile.run();
                }
                return finpay.status(inquiry);
            }
        };
    }

    @Test
    void notFoundForASendingTopUpLeftByACrashDoesNotFailItButMakesItPendingAndFlagsItAfterTheBudget() {
        TopUp sending = topUps.given(claimed(requested()));
        clock.advance(Duration.ofSeconds(61));

        for (int check = 1; check <= policy.budget(); check++) {
            finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));
            assertThat(reconcile().checked()).isEqualTo(1);
            TopUp after = stored(sending);
            assertThat(after.status()).isEqualTo(TopUpStatus.PENDING);
            assertThat(after.checkAttempts()).isEqualTo(check);
            assertThat(after.needsReview()).isEqualTo(check == policy.budget());
            clock.advance(policy.maxBackoff());
        }
        assertThat(finpay.statusCalls()).hasSize(policy.budget());
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void aSendingTopUpIsLeftToItsRequestUntilItIsStale() {
        topUps.given(claimed(requested()));
        clock.advance(Duration.ofSeconds(59));

        assertThat(reconcile().checked()).isZero();
    }

    @Test
    void aNotFoundTakenOnARequestedTopUpThatWasClaimedMeanwhileIsDecidedAgainAndDoesNotFailIt() {
        TopUp requested = topUps.given(requested());
        clock.advance(Duration.ofSeconds(61));
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));
        // the slow request claims the top-up for sending while the reconciler asks Finpay about the REQUESTED row
        ReconcileTopUpsService racing = reconciler(finpayWhileAsked(() -> topUps.updateTopUp(claimed(requested))), topUps);

        racing.reconcileDueTopUps(() -> false);

        TopUp after = stored(requested);
        assertThat(after.status()).as("it may have been sent: not found proves nothing").isEqualTo(TopUpStatus.PENDING);
        assertThat(after.failure()).isEmpty();
        assertThat(after.checkAttempts()).isEqualTo(1);
    }

    @Test
    void aTopUpLeasedToOneReconcilerIsNotCheckedByAnother() {
        givenPending();
        clock.advance(Duration.ofSeconds(5));
        ReconciliationResult[] other = new ReconciliationResult[1];
        ReconcileTopUpsService first = reconciler(finpayWhileAsked(() -> other[0] = reconcile()), topUps);

        assertThat(first.reconcileDueTopUps(() -> false).checked()).isEqualTo(1);
        assertThat(other[0].checked()).isZero();
        assertThat(finpay.statusCalls()).hasSize(1);
    }

    @Test
    void aStoppingReconcilerStartsNoStatusInquiryAndReleasesTheTopUpItLeased() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        AtomicInteger asked = new AtomicInteger();

        // the stop comes between leasing the top-up and asking Finpay about it
        ReconciliationResult result = reconciler.reconcileDueTopUps(() -> asked.incrementAndGet() > 1);

        assertThat(result.checked()).isZero();
        assertThat(finpay.statusCalls()).isEmpty();
        assertThat(topUps.isLeased(pending.id())).as("another reconciler may check it at once").isFalse();
        assertThat(reconcile().checked()).isEqualTo(1);
    }

    @Test
    void aStoppingReconcilerFinishesTheTopUpInHandAndTakesNoOther() {
        givenPending();
        givenPending();
        clock.advance(Duration.ofSeconds(5));
        AtomicBoolean stop = new AtomicBoolean();
        ReconcileTopUpsService stopping = reconciler(finpayWhileAsked(() -> stop.set(true)), topUps);

        ReconciliationResult result = stopping.reconcileDueTopUps(stop::get);

        assertThat(result.checked()).isEqualTo(1);
        assertThat(finpay.statusCalls()).hasSize(1);
    }

    @Test
    void aReferenceNoThatCannotBeStoredFlagsTheTopUpForReviewAndKeepsItOpenAndUncredited() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Succeeded("R".repeat(TopUp.REFERENCE_NO_MAX_LENGTH + 1)));

        ReconciliationResult result = reconcile();

        TopUp after = stored(pending);
        assertThat(after.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(after.needsReview()).isTrue();
        assertThat(after.reviewReason().orElseThrow()).contains("referenceNo").contains("65 characters");
        assertThat(after.nextCheckAt()).contains(clock.instant().plus(policy.maxBackoff()));
        assertThat(result.flaggedForReview()).isEqualTo(1);
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void aTopUpWhoseCheckBreaksIsPostponedToTheCappedBackoffAndTheRunGoesOn() {
        TopUp poisoned = givenPending();
        TopUp healthy = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Succeeded("R-1")).statusAnswers(new StatusOutcome.Succeeded("R-2"));
        SaveTopUpPort breaking = new SaveTopUpPort() {
            @Override
            public TopUp insertTopUp(TopUp topUp) {
                return topUps.insertTopUp(topUp);
            }

            @Override
            public Optional<TopUp> insertDirectTopUpUnlessKeyTaken(Function<PartnerReferenceNo, TopUp> requested) {
                return topUps.insertDirectTopUpUnlessKeyTaken(requested);
            }

            @Override
            public TopUp updateTopUp(TopUp topUp) {
                if (topUp.id().equals(poisoned.id())) {
                    throw new IllegalStateException("value too long for type character varying(64)");
                }
                return topUps.updateTopUp(topUp);
            }

            @Override
            public TopUp updateTopUpCreditingIfSucceeded(TopUp topUp) {
                if (topUp.id().equals(poisoned.id())) {
                    throw new IllegalStateException("value too long for type character varying(64)");
                }
                return topUps.updateTopUpCreditingIfSucceeded(topUp);
            }
        };

        ReconciliationResult result = reconciler(finpay, breaking).reconcileDueTopUps(() -> false);

        assertThat(result.checked()).isEqualTo(2);
        assertThat(stored(healthy).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUps.postponed()).containsExactly(poisoned.id());
        assertThat(stored(poisoned).nextCheckAt()).contains(clock.instant().plus(policy.maxBackoff()));
        assertThat(topUps.isLeased(poisoned.id())).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(reconcile().checked()).as("it does not block the next runs").isZero();
    }
}

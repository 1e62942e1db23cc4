package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.ScriptedEmoney;
import io.dompet.application.port.in.ReconciliationResult;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.FinpayFailure;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcileTopUpsServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234560002");
    private static final Money AMOUNT = Money.parse("50000");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final ScriptedEmoney finpay = new ScriptedEmoney(transactions::isOpen);
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore();
    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(40), 4,
            Duration.ofMinutes(1), 50);
    private final ReconcileTopUpsService reconciler = new ReconcileTopUpsService(finpay, topUps, topUps, wallets,
            transactions, clock, policy);

    private int sequence;

    private TopUp requested() {
        sequence++;
        return TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new IdempotencyKey("key-" + sequence),
                new PartnerReferenceNo("P" + sequence), CUSTOMER, AMOUNT, clock.instant());
    }

    private TopUp givenPending() {
        TopUp pending = requested().recordInquiry("Bu di Sa**", Money.parse("1000"), "OUR", clock.instant())
                .markPending(clock.instant().plusSeconds(5), clock.instant());
        return topUps.given(pending);
    }

    private TopUp stored(TopUp topUp) {
        return topUps.loadTopUp(topUp.id()).orElseThrow();
    }

    @Test
    void aDuePendingTopUpThatFinpayReportsSuccessfulSucceedsAndIsCreditedOnce() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Succeeded("2211150005490937"));

        ReconciliationResult result = reconciler.reconcileDueTopUps();

        assertThat(result.checked()).isEqualTo(1);
        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(stored(pending).referenceNo()).contains("2211150005490937");
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(finpay.statusCalls()).singleElement()
                .satisfies(call -> assertThat(call.partnerReferenceNo()).isEqualTo(new PartnerReferenceNo("P1")));

        assertThat(reconciler.reconcileDueTopUps().checked()).as("settled top-ups are not checked again").isZero();
        assertThat(wallets.credits()).isEqualTo(1);
    }

    @Test
    void theStatusInquiryNeverResubmitsATopUp() {
        givenPending();
        clock.advance(Duration.ofSeconds(5));

        reconciler.reconcileDueTopUps();

        assertThat(finpay.topUpCalls()).isEmpty();
        assertThat(finpay.inquiryCalls()).isEmpty();
    }

    @Test
    void aPendingTopUpIsNotCheckedBeforeItIsDue() {
        givenPending();
        clock.advance(Duration.ofSeconds(4));

        assertThat(reconciler.reconcileDueTopUps().checked()).isZero();
        assertThat(finpay.statusCalls()).isEmpty();
    }

    @Test
    void aFailedStatusFailsTheTopUpWithTheStatusAndCreditsNothing() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Failed("STATUS_06", "Failed"));

        reconciler.reconcileDueTopUps();

        assertThat(stored(pending).failure()).contains(new FinpayFailure("STATUS_06", "Failed"));
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void notFoundForARequestedTopUpLeftByACrashMeansFinpayNeverProcessedIt() {
        TopUp requested = topUps.given(requested());
        clock.advance(Duration.ofSeconds(61));
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));

        reconciler.reconcileDueTopUps();

        assertThat(stored(requested).status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(stored(requested).failure().orElseThrow().code()).isEqualTo(FinpayFailure.NEVER_PROCESSED);
    }

    @Test
    void aRequestedTopUpYoungerThanAMinuteIsLeftToTheRequestThatOwnsIt() {
        topUps.given(requested());
        clock.advance(Duration.ofSeconds(59));

        assertThat(reconciler.reconcileDueTopUps().checked()).isZero();
    }

    @Test
    void notFoundForAPendingTopUpDoesNotFailItButChecksAgainLater() {
        TopUp pending = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));

        reconciler.reconcileDueTopUps();

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
            reconciler.reconcileDueTopUps();
            expectedNext[attempt] = clock.instant().plus(waits[attempt]);
            TopUp after = stored(pending);
            assertThat(after.nextCheckAt()).contains(expectedNext[attempt]);
            assertThat(after.checkAttempts()).isEqualTo(attempt + 1);
            assertThat(after.needsReview()).isEqualTo(attempt + 1 >= policy.budget());
            clock.advance(waits[attempt]);
        }
        finpay.statusAnswers(new StatusOutcome.Unknown("timeout"));
        ReconciliationResult fifth = reconciler.reconcileDueTopUps();

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
        TopUpSettlement settlement = new TopUpSettlement(topUps, topUps, wallets, transactions);

        TopUp result = settlement.apply(pending, current -> current.succeed("R-1", clock.instant()));

        assertThat(result).isEqualTo(settledElsewhere);
        assertThat(wallets.credits()).isEqualTo(1);
    }

    @Test
    void oneTopUpThatCannotBeReconciledDoesNotStopTheOthers() {
        TopUp first = givenPending();
        TopUp second = givenPending();
        clock.advance(Duration.ofSeconds(5));
        finpay.statusAnswers(new StatusOutcome.Succeeded(" ")).statusAnswers(new StatusOutcome.Succeeded("R-2"));

        ReconciliationResult result = reconciler.reconcileDueTopUps();

        assertThat(result.checked()).isEqualTo(2);
        assertThat(stored(first).status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(stored(second).status()).isEqualTo(TopUpStatus.SUCCEEDED);
    }
}

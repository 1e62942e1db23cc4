package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.fakes.InMemoryReviewLog;
import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.ScriptedEmoney;
import io.dompet.application.port.in.ReviewResult;
import io.dompet.application.port.in.ReviewTopUpCommand;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.domain.shared.DomainValidationException;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReviewTopUpServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234560002");
    private static final Money AMOUNT = Money.parse("50000");
    private static final ApiClient OPERATOR = new ApiClient("ops");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final ScriptedEmoney finpay = new ScriptedEmoney(transactions::isOpen);
    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore(clock, wallets);
    private final InMemoryReviewLog audit = new InMemoryReviewLog(clock);
    private final ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(40), 4,
            Duration.ofMinutes(1), Duration.ofSeconds(30), 50);

    private ReviewTopUpService reviews(Clock serviceClock) {
        ReconcileTopUpsService reconciler = new ReconcileTopUpsService(finpay, topUps, topUps, topUps,
                transactions, serviceClock, policy);
        return new ReviewTopUpService(reconciler, finpay, topUps, topUps, topUps, audit, transactions,
                serviceClock, policy);
    }

    private final ReviewTopUpService reviews = reviews(clock);

    private TopUp givenPending() {
        TopUp pending = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new ApiClient("backoffice"),
                        new IdempotencyKey("key-1"), new PartnerReferenceNo("P1"), CUSTOMER, AMOUNT, clock.instant())
                .claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", clock.instant())
                .checkedWithoutOutcome(clock.instant().plusSeconds(600), true, clock.instant());
        return topUps.given(pending);
    }

    private TopUp stored(TopUp topUp) {
        return topUps.loadTopUp(topUp.id()).orElseThrow();
    }

    private static ReviewTopUpCommand succeed(TopUp topUp) {
        return new ReviewTopUpCommand(topUp.id(), OPERATOR, ReviewAction.SUCCEED, "2211150005490937",
                "Finpay's statement of 24 November shows it credited");
    }

    @Test
    void succeedCreditsTheWalletOnceClearsTheFlagAndAuditsWhoWhenWhatAndWhy() {
        TopUp pending = givenPending();

        ReviewResult result = reviews.review(succeed(pending));

        assertThat(result).isInstanceOf(ReviewResult.Reviewed.class);
        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(stored(pending).referenceNo()).contains("2211150005490937");
        assertThat(stored(pending).needsReview()).isFalse();
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(audit.all()).singleElement().satisfies(review -> {
            assertThat(review.subjectId()).isEqualTo(pending.id().value());
            assertThat(review.reviewer()).isEqualTo(OPERATOR);
            assertThat(review.action()).isEqualTo(ReviewAction.SUCCEED);
            assertThat(review.reason()).isEqualTo("Finpay's statement of 24 November shows it credited");
            assertThat(review.statusBefore()).isEqualTo("PENDING");
            assertThat(review.statusAfter()).isEqualTo("SUCCEEDED");
            assertThat(review.reviewedAt()).isEqualTo(clock.instant());
        });
        assertThat(finpay.statusCalls()).as("succeed asks Finpay nothing").isEmpty();
    }

    @Test
    void twoConcurrentSucceedReviewsCreditOnceAndTheLoserIsRefusedWithoutAnAudit() throws Exception {
        TopUp pending = givenPending();
        // both reviews read the top-up before either stores its decision: the service reads the clock in between
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        Clock meetingClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                try {
                    bothHaveRead.await(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return clock.instant();
            }
        };
        ReviewTopUpService racing = reviews(meetingClock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<ReviewResult> results = new ArrayList<>();
        try {
            List<Future<ReviewResult>> futures = List.of(threads.submit(() -> racing.review(succeed(pending))),
                    threads.submit(() -> racing.review(succeed(pending))));
            for (Future<ReviewResult> future : futures) {
                results.add(future.get(10, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).filteredOn(ReviewResult.Reviewed.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ReviewResult.Refused.class::isInstance).singleElement()
                .satisfies(refused -> assertThat(((ReviewResult.Refused) refused).reason()).contains("changed"));
        assertThat(wallets.credits()).isEqualTo(1);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void aSettledTopUpIsRefusedAndNothingIsCreditedOrAudited() {
        TopUp pending = givenPending();
        reviews.review(succeed(pending));

        ReviewResult again = reviews.review(succeed(pending));

        assertThat(again).isInstanceOf(ReviewResult.Refused.class);
        assertThat(((ReviewResult.Refused) again).reason()).contains("already SUCCEEDED");
        assertThat(wallets.credits()).isEqualTo(1);
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void failIsRefusedWhenFinpaySaysTheTopUpSucceededAndNothingChanges() {
        TopUp pending = givenPending();
        finpay.statusAnswers(new StatusOutcome.Succeeded("2211150005490937"));

        ReviewResult result = reviews.review(new ReviewTopUpCommand(pending.id(), OPERATOR, ReviewAction.FAIL, null,
                "the customer says nothing arrived"));

        assertThat(result).isInstanceOf(ReviewResult.Refused.class);
        assertThat(((ReviewResult.Refused) result).finpayStatus()).contains("SUCCEEDED").contains("2211150005490937");
        assertThat(stored(pending)).usingRecursiveComparison().isEqualTo(pending);
        assertThat(topUps.isLeased(pending.id())).as("the lease is given back").isFalse();
        assertThat(wallets.credits()).isZero();
        assertThat(audit.all()).isEmpty();
        assertThat(finpay.statusCalls()).hasSize(1);
    }

    @Test
    void failIsTakenWhenFinpaysStatusInquirySaysItDoesNotKnowTheTopUp() {
        TopUp pending = givenPending();
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));

        ReviewResult result = reviews.review(new ReviewTopUpCommand(pending.id(), OPERATOR, ReviewAction.FAIL, null,
                "Finpay support confirms it never arrived"));

        assertThat(result).isInstanceOf(ReviewResult.Reviewed.class);
        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(stored(pending).failure().orElseThrow().code()).isEqualTo(FinpayFailure.NOT_FOUND_AT_REVIEW);
        assertThat(stored(pending).needsReview()).isFalse();
        assertThat(audit.all()).singleElement().satisfies(review -> {
            assertThat(review.action()).isEqualTo(ReviewAction.FAIL);
            assertThat(review.statusAfter()).isEqualTo("FAILED");
        });
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void recheckSettlesAPendingTopUpThroughTheStatusInquiryAndAuditsIt() {
        TopUp pending = givenPending();
        finpay.statusAnswers(new StatusOutcome.Succeeded("2211150005490937"));

        ReviewResult result = reviews.review(new ReviewTopUpCommand(pending.id(), OPERATOR, ReviewAction.RECHECK, null,
                null));

        assertThat(result).isInstanceOf(ReviewResult.Reviewed.class);
        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(finpay.statusCalls()).hasSize(1);
        assertThat(audit.all()).singleElement().satisfies(review -> {
            assertThat(review.action()).isEqualTo(ReviewAction.RECHECK);
            assertThat(review.statusBefore()).isEqualTo("PENDING");
            assertThat(review.statusAfter()).isEqualTo("SUCCEEDED");
        });
    }

    @Test
    void recheckWithoutAnOutcomeIsAuditedAndTheTopUpStaysOpenAndUnleased() {
        TopUp pending = givenPending();
        finpay.statusAnswers(new StatusOutcome.InProgress("Pending"));

        reviews.review(new ReviewTopUpCommand(pending.id(), OPERATOR, ReviewAction.RECHECK, null, null));

        assertThat(stored(pending).status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(topUps.isLeased(pending.id())).isFalse();
        assertThat(audit.all()).singleElement()
                .satisfies(review -> assertThat(review.statusAfter()).isEqualTo("PENDING"));
    }

    @Test
    void aTopUpAnotherInstanceIsCheckingIsNeitherAskedAboutNorChanged() {
        TopUp pending = givenPending();
        assertThat(topUps.leaseTopUp(pending.id(), Duration.ofMinutes(1))).isPresent();

        ReviewResult recheck = reviews.review(new ReviewTopUpCommand(pending.id(), OPERATOR, ReviewAction.RECHECK,
                null, null));
        ReviewResult fail = reviews.review(new ReviewTopUpCommand(pending.id(), OPERATOR, ReviewAction.FAIL, null,
                "never arrived"));

        assertThat(recheck).isInstanceOf(ReviewResult.Refused.class);
        assertThat(fail).isInstanceOf(ReviewResult.Refused.class);
        assertThat(((ReviewResult.Refused) recheck).reason()).contains("Another dompet instance");
        assertThat(finpay.statusCalls()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void aTopUpNeverSentCannotBeSucceededByHand() {
        TopUp requested = topUps.given(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new ApiClient("backoffice"),
                new IdempotencyKey("key-2"), new PartnerReferenceNo("P2"), CUSTOMER, AMOUNT, clock.instant()));

        ReviewResult result = reviews.review(succeed(requested));

        assertThat(result).isInstanceOf(ReviewResult.Refused.class);
        assertThat(stored(requested).status()).isEqualTo(TopUpStatus.REQUESTED);
        assertThat(wallets.credits()).isZero();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void anUnknownTopUpIsNotFound() {
        assertThat(reviews.review(new ReviewTopUpCommand(new TopUpId(UUID.randomUUID()), OPERATOR,
                ReviewAction.RECHECK, null, null))).isInstanceOf(ReviewResult.NotFound.class);
    }

    @Test
    void succeedNeedsFinpaysReferenceNoAndAReasonAndFailAReason() {
        TopUpId id = new TopUpId(UUID.randomUUID());
        assertThatThrownBy(() -> new ReviewTopUpCommand(id, OPERATOR, ReviewAction.SUCCEED, null, "why"))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("referenceNo");
        assertThatThrownBy(() -> new ReviewTopUpCommand(id, OPERATOR, ReviewAction.SUCCEED, "FP1", null))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new ReviewTopUpCommand(id, OPERATOR, ReviewAction.FAIL, null, " "))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new ReviewTopUpCommand(id, OPERATOR, ReviewAction.FAIL, "FP1", "why"))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("referenceNo");
    }
}

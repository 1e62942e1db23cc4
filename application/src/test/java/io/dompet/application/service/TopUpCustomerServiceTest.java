package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.ScriptedEmoney;
import io.dompet.application.fakes.SequentialReferences;
import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.QuotedAmount;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpOutcome;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.TransactionPort;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopUpCustomerServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    private static final Money AMOUNT = Money.parse("50000");
    private static final ApiClient CLIENT = new ApiClient("backoffice");
    private static final ApiClient OTHER_CLIENT = new ApiClient("mobile-app");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final ScriptedEmoney finpay = new ScriptedEmoney(transactions::isOpen);
    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore(clock, wallets);
    private final ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10),
            3, Duration.ofMinutes(4), Duration.ofMinutes(2), 50);
    private final TopUpCustomerService service = new TopUpCustomerService(finpay, topUps, topUps, transactions,
            new SequentialReferences(), clock, policy);
    private final ReconcileTopUpsService reconciler = new ReconcileTopUpsService(finpay, topUps, topUps, topUps,
            transactions, clock, policy);

    private TopUpResult topUp(String key, PhoneNumber customer, Money amount) {
        return topUp(CLIENT, key, customer, amount);
    }

    private TopUpResult topUp(ApiClient client, String key, PhoneNumber customer, Money amount) {
        return service.topUp(new TopUpCustomerCommand(client, new IdempotencyKey(key), customer, amount));
    }

    private static TopUp executed(TopUpResult result) {
        assertThat(result).isInstanceOf(TopUpResult.Executed.class);
        return ((TopUpResult.Executed) result).topUp();
    }

    @Test
    void aSuccessfulTopUpSucceedsWithFinpaysReferenceAndCreditsTheWalletOnce() {
        finpay.topUpAnswers(new TopUpOutcome.Succeeded("2211150005490937"));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.referenceNo()).contains("2211150005490937");
        assertThat(topUp.customerName()).contains("Bu di Sa**");
        assertThat(topUp.fee()).contains(Money.parse("1000.00"));
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(wallets.credits()).isEqualTo(1);
        assertThat(topUps.loadTopUp(topUp.id())).contains(topUp);
    }

    @Test
    void theTopUpIsStoredAsRequestedBeforeTheInquiryAndClaimedForSendingBeforeTheTopUpCall() {
        List<TopUpStatus> statusWhenFinpayWasAsked = new ArrayList<>();
        ScriptedEmoney observing = new ScriptedEmoney(transactions::isOpen);
        TopUpCustomerService observed = new TopUpCustomerService(new io.dompet.application.port.out.EmoneyTopUpPort() {
            @Override
            public InquiryOutcome inquire(AccountInquiry inquiry) {
                statusWhenFinpayWasAsked.add(topUps.all().get(0).status());
                return observing.inquire(inquiry);
            }

            @Override
            public TopUpOutcome topUp(TopUpInstruction instruction) {
                statusWhenFinpayWasAsked.add(topUps.all().get(0).status());
                return observing.topUp(instruction);
            }

            @Override
            public StatusOutcome status(StatusInquiry inquiry) {
                return observing.status(inquiry);
            }
        }, topUps, topUps, transactions, new SequentialReferences(), clock, policy);

        observed.topUp(new TopUpCustomerCommand(CLIENT, new IdempotencyKey("key-1"), CUSTOMER, AMOUNT));

        assertThat(statusWhenFinpayWasAsked).containsExactly(TopUpStatus.REQUESTED, TopUpStatus.SENDING);
    }

    @Test
    void theTopUpSendsTheInquirysNameAndFeeExactlyAndOnePartnerReferenceThroughout() {
        finpay.inquiryAnswers(new InquiryOutcome.Inquired("Si ti Nu**", new QuotedAmount(Money.parse("2500.00"), "2500"), "BEN",
                Money.parse("10000.00"), Money.parse("2000000.00")));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(finpay.topUpCalls()).singleElement().satisfies(call -> {
            assertThat(call.customerName()).isEqualTo("Si ti Nu**");
            assertThat(call.fee()).isEqualTo(new QuotedAmount(Money.parse("2500.00"), "2500"));
            assertThat(call.amount()).isEqualTo(AMOUNT);
            assertThat(call.partnerReferenceNo()).isEqualTo(topUp.partnerReferenceNo().orElseThrow());
        });
        assertThat(topUp.fee()).contains(Money.parse("2500.00"));
        assertThat(finpay.inquiryCalls()).singleElement()
                .satisfies(call -> assertThat(call.partnerReferenceNo()).isEqualTo(topUp.partnerReferenceNo().orElseThrow()));
    }

    @Test
    void aRefusedTopUpFailsWithFinpaysCodeAndMessageAndCreditsNothing() {
        finpay.topUpAnswers(new TopUpOutcome.Failed(new FinpayFailure("4043811", "Invalid Customer")));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(topUp.failure()).contains(new FinpayFailure("4043811", "Invalid Customer"));
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void aRefusedInquiryFailsTheTopUpWithoutSendingIt() {
        finpay.inquiryAnswers(new InquiryOutcome.Refused(new FinpayFailure("4043711", "Invalid Customer")));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(topUp.failure().orElseThrow().code()).isEqualTo("4043711");
        assertThat(finpay.topUpCalls()).isEmpty();
    }

    @Test
    void anInquiryWithoutAnswerFailsTheTopUpWithoutSendingIt() {
        finpay.inquiryAnswers(new InquiryOutcome.Unknown("read timeout"));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.failure().orElseThrow().code()).isEqualTo(FinpayFailure.INQUIRY_UNAVAILABLE);
        assertThat(finpay.topUpCalls()).isEmpty();
    }

    @Test
    void anAmountBelowTheInquirysMinimumFailsBeforeAnyTopUpCallNamingTheLimits() {
        TopUp topUp = executed(topUp("key-1", CUSTOMER, Money.parse("5000")));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(topUp.failure().orElseThrow().code()).isEqualTo(FinpayFailure.AMOUNT_OUTSIDE_LIMITS);
        assertThat(topUp.failure().orElseThrow().message()).contains("10000.00").contains("2000000.00");
        assertThat(finpay.topUpCalls()).isEmpty();
    }

    @Test
    void anAmountAboveTheInquirysMaximumFailsBeforeAnyTopUpCall() {
        TopUp topUp = executed(topUp("key-1", CUSTOMER, Money.parse("2000000.01")));

        assertThat(topUp.failure().orElseThrow().code()).isEqualTo(FinpayFailure.AMOUNT_OUTSIDE_LIMITS);
        assertThat(finpay.topUpCalls()).isEmpty();
    }

    @Test
    void anUnknownOutcomeLeavesThePendingTopUpForTheStatusInquiryAndCreditsNothing() {
        finpay.topUpAnswers(new TopUpOutcome.Unknown("read timeout"));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(topUp.nextCheckAt()).contains(clock.instant().plus(policy.firstCheckAfter()));
        assertThat(wallets.credits()).isZero();
        assertThat(finpay.topUpCalls()).hasSize(1);
    }

    @Test
    void anInProgressAnswerLeavesTheTopUpPending() {
        finpay.topUpAnswers(new TopUpOutcome.Pending("2023800 Request In Progress"));

        assertThat(executed(topUp("key-1", CUSTOMER, AMOUNT)).status()).isEqualTo(TopUpStatus.PENDING);
    }

    @Test
    void aRetryWithTheSameKeyAndRequestReturnsTheSameTopUpWithoutCallingFinpayAgain() {
        TopUp first = executed(topUp("key-1", CUSTOMER, AMOUNT));

        TopUpResult retry = topUp("key-1", PhoneNumber.parse("+62 812 3456 7890"), Money.parse("50000.00"));

        assertThat(retry).isEqualTo(new TopUpResult.Replayed(first));
        assertThat(finpay.inquiryCalls()).hasSize(1);
        assertThat(finpay.topUpCalls()).hasSize(1);
        assertThat(wallets.credits()).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherAmountOrCustomerIsAConflictAndDoesNothing() {
        TopUp first = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp("key-1", CUSTOMER, Money.parse("60000"))).isEqualTo(new TopUpResult.KeyConflict(first.id()));
        assertThat(topUp("key-1", PhoneNumber.parse("081299998888"), AMOUNT)).isEqualTo(new TopUpResult.KeyConflict(first.id()));
        assertThat(finpay.topUpCalls()).hasSize(1);
        assertThat(topUps.all()).hasSize(1);
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyMakeOneTopUpAndOneFinpayCall() throws Exception {
        finpay.topUpTakes(50);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TopUpResult>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return topUp("same-key", CUSTOMER, AMOUNT);
            }));
        }
        start.countDown();
        List<TopUpResult> answers = new ArrayList<>();
        for (Future<TopUpResult> result : results) {
            answers.add(result.get());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(TopUpResult.Executed.class::isInstance).hasSize(1);
        // the others see the one top-up: in progress while its request runs, replayed once it is over
        assertThat(answers).filteredOn(answer -> !(answer instanceof TopUpResult.Executed)).hasSize(19)
                .allSatisfy(answer -> assertThat(answer).isInstanceOfAny(TopUpResult.InProgress.class, TopUpResult.Replayed.class));
        assertThat(answers).filteredOn(TopUpResult.Replayed.class::isInstance)
                .allSatisfy(answer -> assertThat(((TopUpResult.Replayed) answer).topUp().status().isFinal()).isTrue());
        assertThat(topUps.all()).hasSize(1);
        assertThat(finpay.topUpCalls()).hasSize(1);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
    }

    @Test
    void twoClientsWithTheSameKeyAndRequestGetATopUpEachAndFinpayIsCalledForEach() {
        TopUp first = executed(topUp(CLIENT, "order-4711", CUSTOMER, AMOUNT));
        TopUp second = executed(topUp(OTHER_CLIENT, "order-4711", CUSTOMER, AMOUNT));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(first.client()).contains(CLIENT);
        assertThat(second.client()).contains(OTHER_CLIENT);
        assertThat(second.partnerReferenceNo()).isNotEqualTo(first.partnerReferenceNo());
        assertThat(finpay.topUpCalls()).hasSize(2);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("100000.00"));
        assertThat(topUp(OTHER_CLIENT, "order-4711", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.Replayed(second));
    }

    @Test
    void aNewKeyIsStoredInOneTransactionBeforeTheInquiryWithoutLookingTheKeyUpFirst() {
        List<Integer> transactionsWhenFinpayWasAsked = new ArrayList<>();
        List<IdempotencyKey> lookups = new ArrayList<>();
        int[] transactionsSoFar = {0};
        TransactionPort counting = new TransactionPort() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactionsSoFar[0]++;
                return transactions.inTransaction(work);
            }
        };
        LoadTopUpPort watchedLoads = new LoadTopUpPort() {
            @Override
            public Optional<TopUp> loadTopUp(TopUpId id) {
                return topUps.loadTopUp(id);
            }

            @Override
            public Optional<TopUp> loadTopUpByIdempotencyKey(ApiClient client, IdempotencyKey key) {
                lookups.add(key);
                return topUps.loadTopUpByIdempotencyKey(client, key);
            }

            @Override
            public List<TopUp> loadLatestTopUps(PhoneNumber customerNumber, int limit) {
                return topUps.loadLatestTopUps(customerNumber, limit);
            }
        };
        TopUpCustomerService observed = new TopUpCustomerService(new io.dompet.application.port.out.EmoneyTopUpPort() {
            @Override
            public InquiryOutcome inquire(AccountInquiry inquiry) {
                transactionsWhenFinpayWasAsked.add(transactionsSoFar[0]);
                return finpay.inquire(inquiry);
            }

            @Override
            public TopUpOutcome topUp(TopUpInstruction instruction) {
                return finpay.topUp(instruction);
            }

            @Override
            public StatusOutcome status(StatusInquiry inquiry) {
                return finpay.status(inquiry);
            }
        }, watchedLoads, topUps, counting, new SequentialReferences(), clock, policy);

        TopUp topUp = executed(observed.topUp(new TopUpCustomerCommand(CLIENT, new IdempotencyKey("key-1"), CUSTOMER,
                AMOUNT)));
        TopUpResult repeated = observed.topUp(new TopUpCustomerCommand(CLIENT, new IdempotencyKey("key-1"), CUSTOMER,
                AMOUNT));

        assertThat(transactionsWhenFinpayWasAsked).containsExactly(1);
        assertThat(repeated).isEqualTo(new TopUpResult.Replayed(topUp));
        assertThat(lookups).as("the key is read only when the insert found it taken: by the repeat")
                .containsExactly(new IdempotencyKey("key-1"));
    }

    @Test
    void aRepeatWhileTheFirstRequestIsStillRunningIsInProgressAndDoesNothing() {
        TopUp requested = topUps.given(TopUp.requestDirect(new TopUpId(UUID.randomUUID()),
                CLIENT, new IdempotencyKey("key-1"), new PartnerReferenceNo("DP1"), CUSTOMER,
                AMOUNT, clock.instant()));
        assertThat(topUp("key-1", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.InProgress(requested.id()));

        topUps.updateTopUp(requested.claimForSending("Bu di Sa**", Money.parse("1000"), null, clock.instant()));
        assertThat(topUp("key-1", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.InProgress(requested.id()));

        assertThat(finpay.inquiryCalls()).isEmpty();
        assertThat(finpay.topUpCalls()).isEmpty();
        assertThat(topUps.all()).hasSize(1);
    }

    @Test
    void aReplayAnswersTheTopUpAsItNowStands() {
        finpay.topUpAnswers(new TopUpOutcome.Unknown("read timed out"));
        TopUp pending = executed(topUp("key-1", CUSTOMER, AMOUNT));
        assertThat(topUp("key-1", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.Replayed(pending));

        TopUp succeeded = topUps.updateTopUp(topUps.loadTopUp(pending.id()).orElseThrow().succeed("FP-1", clock.instant()));

        assertThat(topUp("key-1", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.Replayed(succeeded));
        assertThat(finpay.topUpCalls()).hasSize(1);
    }

    @Test
    void aKeyStoredBeforeClientsWereRecordedStillReplaysForAnyClient() {
        TopUp legacy = topUps.given(TopUp.requestDirect(new TopUpId(UUID.randomUUID()),
                ApiClient.LEGACY, new IdempotencyKey("old-key"), new PartnerReferenceNo("DP1"),
                CUSTOMER, AMOUNT, clock.instant()).fail(new FinpayFailure("4043811", "Invalid Customer"), clock.instant()));

        assertThat(topUp(OTHER_CLIENT, "old-key", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.Replayed(legacy));
        assertThat(finpay.inquiryCalls()).isEmpty();
    }

    @Test
    void differentKeysMakeDifferentTopUpsWithDifferentPartnerReferences() {
        TopUp first = executed(topUp("key-1", CUSTOMER, AMOUNT));
        TopUp second = executed(topUp("key-2", CUSTOMER, AMOUNT));

        assertThat(first.partnerReferenceNo()).isNotEqualTo(second.partnerReferenceNo());
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(Money.parse("100000.00"));
    }

    @Test
    void finpayIsNeverCalledInsideATransaction() {
        // ScriptedEmoney throws an AssertionError when called inside a transaction; make every path run
        finpay.topUpAnswers(new TopUpOutcome.Unknown("timeout"));
        executed(topUp("key-1", CUSTOMER, AMOUNT));
        clock.advance(Duration.ofSeconds(1));
        executed(topUp("key-2", CUSTOMER, AMOUNT));

        assertThat(finpay.topUpCalls()).hasSize(2);
    }

    /** Finpay that lets {@code meanwhile} happen while the account inquiry (or the top-up call) is under way. */
    private TopUpCustomerService serviceWhile(Runnable duringInquiry, Runnable duringTopUp) {
        return new TopUpCustomerService(new io.dompet.application.port.out.EmoneyTopUpPort() {
            @Override
            public InquiryOutcome inquire(AccountInquiry inquiry) {
                duringInquiry.run();
                return finpay.inquire(inquiry);
            }

            @Override
            public TopUpOutcome topUp(TopUpInstruction instruction) {
                duringTopUp.run();
                return finpay.topUp(instruction);
            }

            @Override
            public StatusOutcome status(StatusInquiry inquiry) {
                return finpay.status(inquiry);
            }
        }, topUps, topUps, transactions, new SequentialReferences(), clock, policy);
    }

    @Test
    void whenTheReconcilerFailsTheRequestedTopUpBeforeTheClaimTheRequestSendsNothingAndAnswersFailed() {
        // the request is slower than requestedStaleAfter; the reconciler's status inquiry says "not found" meanwhile
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));
        TopUpCustomerService slow = serviceWhile(() -> {
            clock.advance(policy.requestedStaleAfter().plusSeconds(1));
            assertThat(reconciler.reconcileDueTopUps(() -> false).failed()).isEqualTo(1);
        }, () -> { });

        TopUp topUp = executed(slow.topUp(new TopUpCustomerCommand(CLIENT, new IdempotencyKey("key-1"), CUSTOMER, AMOUNT)));

        assertThat(finpay.topUpCalls()).as("a top-up the reconciler failed is never sent").isEmpty();
        assertThat(topUp.status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(topUp.failure().orElseThrow().code()).isEqualTo(FinpayFailure.NEVER_PROCESSED);
        assertThat(topUps.loadTopUp(topUp.id())).contains(topUp);
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void whenTheRequestClaimedTheTopUpBeforeTheReconcilersNotFoundItIsNeverFailedButPendingThenFlagged() {
        finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));
        finpay.topUpAnswers(new TopUpOutcome.Unknown("read timeout"));
        TopUpCustomerService slow = serviceWhile(() -> { }, () -> {
            clock.advance(policy.requestedStaleAfter().plusSeconds(1));
            assertThat(reconciler.reconcileDueTopUps(() -> false).checked()).isEqualTo(1);
        });

        TopUp topUp = executed(slow.topUp(new TopUpCustomerCommand(CLIENT, new IdempotencyKey("key-1"), CUSTOMER, AMOUNT)));

        assertThat(finpay.topUpCalls()).hasSize(1);
        assertThat(topUp.status()).as("it may have been sent: not found proves nothing").isEqualTo(TopUpStatus.PENDING);
        assertThat(topUp.checkAttempts()).isEqualTo(1);
        for (int check = 2; check <= policy.budget(); check++) {
            clock.advance(policy.maxBackoff());
            finpay.statusAnswers(new StatusOutcome.NotFound("Transaction Not Found"));
            reconciler.reconcileDueTopUps(() -> false);
        }
        TopUp afterBudget = topUps.loadTopUp(topUp.id()).orElseThrow();
        assertThat(afterBudget.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(afterBudget.needsReview()).isTrue();
        assertThat(finpay.topUpCalls()).as("never resubmitted").hasSize(1);
    }

    @Test
    void aSuccessWithoutAReferenceNoIsRecordedUnderTheReferenceTheStatusInquiryNamesAskedOnceOutsideTransactions() {
        finpay.topUpAnswers(new TopUpOutcome.Succeeded(null));
        finpay.statusAnswers(new StatusOutcome.Succeeded("2211150005490937"));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.referenceNo()).contains("2211150005490937");
        assertThat(topUp.needsReview()).isFalse();
        assertThat(finpay.statusCalls()).singleElement().satisfies(call -> {
            assertThat(call.partnerReferenceNo()).isEqualTo(topUp.partnerReferenceNo().orElseThrow());
            assertThat(call.referenceNo()).isNull();
            assertThat(call.amount()).isEqualTo(AMOUNT);
        });
        assertThat(finpay.topUpCalls()).hasSize(1);
        assertThat(wallets.credits()).isEqualTo(1);
    }

    static Stream<StatusOutcome> statusAnswersWithoutAReference() {
        return Stream.of(new StatusOutcome.Unknown("read timeout"), new StatusOutcome.InProgress("03 Pending"),
                new StatusOutcome.NotFound("Transaction Not Found"),
                new StatusOutcome.Failed(new FinpayFailure("STATUS_06", "Failed")));
    }

    @ParameterizedTest
    @MethodSource("statusAnswersWithoutAReference")
    void aSuccessWithoutAReferenceNoTheStatusInquiryCannotNameSucceedsFlaggedForReviewCreditedOnceAndNeverResent(
            StatusOutcome status) {
        finpay.topUpAnswers(new TopUpOutcome.Succeeded(null));
        finpay.statusAnswers(status);

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.referenceNo()).isEmpty();
        assertThat(topUp.needsReview()).isTrue();
        assertThat(topUp.reviewReason()).hasValueSatisfying(reason -> assertThat(reason).contains("referenceNo"));
        assertThat(topUps.loadTopUp(topUp.id())).contains(topUp);
        assertThat(finpay.topUpCalls()).hasSize(1);
        assertThat(finpay.statusCalls()).hasSize(1);
        assertThat(wallets.creditedTotal(CUSTOMER)).isEqualTo(AMOUNT);
        assertThat(wallets.credits()).isEqualTo(1);
        assertThat(topUp("key-1", CUSTOMER, AMOUNT)).isEqualTo(new TopUpResult.Replayed(topUp));
        assertThat(finpay.topUpCalls()).hasSize(1);
    }

    @Test
    void aSuccessUnderAReferenceNoThatCannotBeStoredLeavesTheTopUpPendingForReviewAndUncredited() {
        finpay.topUpAnswers(new TopUpOutcome.Succeeded("R".repeat(TopUp.REFERENCE_NO_MAX_LENGTH + 1)));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(topUp.needsReview()).isTrue();
        assertThat(topUp.reviewReason()).isPresent();
        assertThat(topUp.nextCheckAt()).contains(clock.instant().plus(policy.maxBackoff()));
        assertThat(wallets.credits()).isZero();
    }

    @Test
    void aCustomerNameThatCannotBeStoredAsFinpaySentItFailsTheTopUpWithoutSendingIt() {
        finpay.inquiryAnswers(new InquiryOutcome.Inquired("x".repeat(TopUp.CUSTOMER_NAME_MAX_LENGTH + 1),
                QuotedAmount.of(Money.parse("1000.00")), "OUR", Money.parse("10000.00"), Money.parse("2000000.00")));

        TopUp topUp = executed(topUp("key-1", CUSTOMER, AMOUNT));

        assertThat(topUp.status()).isEqualTo(TopUpStatus.FAILED);
        assertThat(topUp.failure().orElseThrow().code()).isEqualTo(FinpayFailure.INQUIRY_UNAVAILABLE);
        assertThat(finpay.topUpCalls()).isEmpty();
    }
}

package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.ScriptedEmoney;
import io.dompet.application.port.in.ReviewResult;
import io.dompet.application.port.in.ReviewTopUpCommand;
import io.dompet.application.service.ReconcileTopUpsService;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.application.service.ReviewTopUpService;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Concurrent operator reviews on PostgreSQL: many {@code succeed} reviews of one top-up, each having read it before
 * any stores its decision, credit the wallet once and leave one audit row; the others are refused.
 */
class ReviewRaceTest {

    private static final int REVIEWERS = 8;
    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081377778888");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final WalletPersistenceAdapter wallets = new WalletPersistenceAdapter(jdbc);
    private final ReviewLogPersistenceAdapter audit = new ReviewLogPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));
    private final ScriptedEmoney finpay = new ScriptedEmoney(() -> false);
    private final ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(40), 4,
            Duration.ofMinutes(1), Duration.ofSeconds(30), 50);

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
        jdbc.sql("delete from wallet where customer_number = :customer")
                .param("customer", CUSTOMER.international()).update();
    }

    @RepeatedTest(3)
    void concurrentSucceedReviewsCreditOnceAndAuditOnce() throws Exception {
        TopUp requested = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT,
                new IdempotencyKey("review-" + UUID.randomUUID()), new PartnerReferenceNo("REV" + System.nanoTime()),
                CUSTOMER, Money.parse("75000"), T0);
        TopUp pending = transactions.inTransaction(() -> {
            TopUp stored = topUps.insertTopUp(requested);
            TopUp claimed = topUps.updateTopUp(stored.claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", T0));
            return topUps.updateTopUp(claimed.markPending(T0.plusSeconds(5), T0));
        });
        ReviewTopUpService reviews = reviews(meetingClock(new CyclicBarrier(REVIEWERS)));

        ExecutorService threads = Executors.newFixedThreadPool(REVIEWERS);
        List<ReviewResult> results = new ArrayList<>();
        try {
            List<Future<ReviewResult>> futures = new ArrayList<>();
            for (int i = 0; i < REVIEWERS; i++) {
                ApiClient reviewer = new ApiClient("ops-" + i);
                futures.add(threads.submit(() -> reviews.review(new ReviewTopUpCommand(pending.id(), reviewer,
                        ReviewAction.SUCCEED, "FP-2026-REVIEWED", "seen on Finpay's statement"))));
            }
            for (Future<ReviewResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).filteredOn(ReviewResult.Reviewed.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ReviewResult.Refused.class::isInstance).hasSize(REVIEWERS - 1);
        assertThat(topUps.loadTopUp(pending.id()).orElseThrow().status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(wallets.loadWallet(CUSTOMER).orElseThrow().creditedTotal().amount())
                .isEqualByComparingTo(new BigDecimal("75000"));
        assertThat(audit.loadReviews(pending.id().value())).singleElement().satisfies(review -> {
            assertThat(review.statusBefore()).isEqualTo("PENDING");
            assertThat(review.statusAfter()).isEqualTo("SUCCEEDED");
            assertThat(review.referenceNo()).isEqualTo("FP-2026-REVIEWED");
            assertThat(review.reviewedAt()).as("PostgreSQL's clock, not the service's").isAfter(T0);
        });
    }

    private ReviewTopUpService reviews(Clock clock) {
        ReconcileTopUpsService reconciler = new ReconcileTopUpsService(finpay, topUps, topUps, topUps,
                transactions, clock, policy);
        return new ReviewTopUpService(reconciler, finpay, topUps, topUps, topUps, audit, transactions, clock,
                policy);
    }

    /** A clock whose reading waits for every reviewer: the service reads it after loading, before storing. */
    private static Clock meetingClock(CyclicBarrier everyone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                try {
                    everyone.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return T0.plusSeconds(60);
            }
        };
    }
}

package io.dompet.application.service;

import io.dompet.application.port.in.ReviewResult;
import io.dompet.application.port.in.ReviewTopUpCommand;
import io.dompet.application.port.in.ReviewTopUpUseCase;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.ReviewLogPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpKind;
import io.dompet.domain.topup.TopUpStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An operator's review of an open direct top-up, each decision audited ({@link ReviewLogPort}) in the transaction of
 * the change it makes, by {@link #recordDecision}, the one place a decision is recorded:
 * <ul>
 *   <li>{@code recheck}: Finpay's status inquiry now, through the reconciler's own path for one top-up
 *       ({@link ReconcileTopUpsService#check}), on a top-up leased to this instance like the reconciler's, so that no
 *       two instances ask about it at once;
 *   <li>{@code succeed}: the operator gives Finpay's referenceNo; one versioned update makes the top-up (one that was
 *       sent, so not {@code REQUESTED})
 *       {@code SUCCEEDED} and credits the wallet, so of two concurrent reviews one credits and the other is refused;
 *   <li>{@code fail}: only when Finpay's status inquiry, asked now on the leased top-up, says it does not exist or
 *       failed; any other answer refuses the review and changes nothing.
 * </ul>
 * Finpay is never asked inside a transaction, nor about a top-up another instance holds.
 */
public final class ReviewTopUpService implements ReviewTopUpUseCase {

    private static final System.Logger log = System.getLogger(ReviewTopUpService.class.getName());

    private final ReconcileTopUpsService reconciler;
    private final EmoneyTopUpPort emoney;
    private final LoadTopUpPort loads;
    private final SaveTopUpPort saves;
    private final TopUpCheckLeasePort leases;
    private final ReviewLogPort reviews;
    private final TransactionPort transactions;
    private final Clock clock;
    private final ReconciliationPolicy policy;
    private final TopUpSettlement settlement;

    public ReviewTopUpService(ReconcileTopUpsService reconciler, EmoneyTopUpPort emoney, LoadTopUpPort loads,
                              SaveTopUpPort saves, TopUpCheckLeasePort leases,
                              ReviewLogPort reviews, TransactionPort transactions, Clock clock,
                              ReconciliationPolicy policy) {
        this.reconciler = Objects.requireNonNull(reconciler);
        this.emoney = Objects.requireNonNull(emoney);
        this.loads = Objects.requireNonNull(loads);
        this.saves = Objects.requireNonNull(saves);
        this.leases = Objects.requireNonNull(leases);
        this.reviews = Objects.requireNonNull(reviews);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
        this.settlement = new TopUpSettlement(loads, saves, transactions, policy);
    }

    @Override
    public ReviewResult review(ReviewTopUpCommand command) {
        Optional<TopUp> found = transactions.inTransaction(() -> loads.loadTopUp(command.topUpId()));
        if (found.isEmpty()) {
            return new ReviewResult.NotFound();
        }
        TopUp topUp = found.get();
        if (topUp.kind() != TopUpKind.DIRECT) {
            return new ReviewResult.Refused("Only a merchant-funded top-up can be reviewed; this one was notified by "
                    + "Finpay and is " + topUp.status() + ".", null);
        }
        if (topUp.status().isFinal()) {
            return settled(topUp);
        }
        return command.action() == ReviewAction.SUCCEED ? succeed(topUp, command) : leased(topUp, command);
    }

    @Override
    public List<Review> reviewsOf(TopUpId topUpId) {
        return transactions.inTransaction(() -> reviews.loadReviews(topUpId.value()));
    }

    private ReviewResult succeed(TopUp topUp, ReviewTopUpCommand command) {
        if (topUp.status() == TopUpStatus.REQUESTED) {
            return new ReviewResult.Refused("The top-up is REQUESTED: it was never sent to Finpay, so Finpay cannot "
                    + "have credited it; nothing was done. Recheck it or fail it instead.", null);
        }
        Instant now = clock.instant();
        TopUp changed = topUp.succeed(Objects.requireNonNull(command.referenceNo()), now).settledByReview(now);
        try {
            return transactions.inTransaction(() -> {
                TopUp stored = saves.updateTopUpCreditingIfSucceeded(changed);
                return new ReviewResult.Reviewed(stored, recordDecision(command, topUp, stored));
            });
        } catch (StaleRecordException changedMeanwhile) {
            return new ReviewResult.Refused("The top-up changed while it was being reviewed (another review, the "
                    + "reconciler or its own request got there first); nothing was done. Read it again and decide on "
                    + "what it shows.", null);
        }
    }

    private ReviewResult leased(TopUp topUp, ReviewTopUpCommand command) {
        Optional<TopUp> held = transactions.inTransaction(() -> leases.leaseTopUp(topUp.id(), policy.lease()));
        if (held.isEmpty()) {
            TopUp now = transactions.inTransaction(() -> loads.loadTopUp(topUp.id())).orElse(topUp);
            return now.status().isFinal() ? settled(now) : new ReviewResult.Refused("Another dompet instance is "
                    + "checking this top-up with Finpay right now; nothing was done. Try again in a minute.", null);
        }
        try {
            return command.action() == ReviewAction.RECHECK ? recheck(held.get(), command) : fail(held.get(), command);
        } catch (RuntimeException e) {
            release(held.get().id());
            throw e;
        }
    }

    private ReviewResult recheck(TopUp held, ReviewTopUpCommand command) {
        AtomicReference<Review> recorded = new AtomicReference<>();
        ReconcileTopUpsService.Checked checked = reconciler.check(held,
                (before, stored) -> recorded.set(recordDecision(command, before, stored)));
        if (recorded.get() == null) {
            // the answer changed nothing (the top-up was settled meanwhile): the recheck is audited all the same
            Review review = transactions.inTransaction(() -> {
                leases.releaseLease(held.id());
                return recordDecision(command, checked.topUp(), checked.topUp());
            });
            return new ReviewResult.Reviewed(checked.topUp(), review);
        }
        return new ReviewResult.Reviewed(checked.topUp(), recorded.get());
    }

    private ReviewResult fail(TopUp held, ReviewTopUpCommand command) {
        StatusOutcome answer = emoney.status(new StatusInquiry(held.partnerReferenceNo().orElseThrow(),
                held.referenceNo().orElse(null), held.amount()));
        FinpayFailure failure;
        if (answer instanceof StatusOutcome.Failed failed) {
            failure = failed.failure();
        } else if (answer instanceof StatusOutcome.NotFound notFound) {
            failure = new FinpayFailure(FinpayFailure.NOT_FOUND_AT_REVIEW, "Finpay's status inquiry does not know "
                    + "this top-up (" + notFound.description() + "); failed by an operator's review");
        } else {
            release(held.id());
            String said = describe(answer);
            return new ReviewResult.Refused("Finpay's status inquiry says " + said + ": a top-up may be failed only "
                    + "when Finpay says it does not exist or failed. Nothing was done.", said);
        }
        Instant now = clock.instant();
        AtomicReference<Review> recorded = new AtomicReference<>();
        TopUp after = settlement.apply(held,
                current -> current.status().isFinal() ? Optional.empty()
                        : Optional.of(current.fail(failure, now).settledByReview(now)),
                (before, stored) -> recorded.set(recordDecision(command, before, stored)));
        if (recorded.get() == null) {
            release(held.id());
            return settled(after);
        }
        return new ReviewResult.Reviewed(after, recorded.get());
    }

    /**
     * The one place an operator's decision is recorded, inside the transaction of the change it made: the audit row
     * and, by its trigger (migration V12), the {@code top_up.reviewed} event with the top-up as decided.
     */
    private Review recordDecision(ReviewTopUpCommand command, TopUp before, TopUp after) {
        log.log(Level.INFO, "Top-up {0} reviewed by {1}: {2}, {3} -> {4}", after.id(), command.reviewer(),
                command.action().wireName(), before.status(), after.status());
        return reviews.recordReview(after.id().value(), command.reviewer(), command.action(), command.reason(),
                command.referenceNo(), before.status().name(), after.status().name());
    }

    private static ReviewResult settled(TopUp topUp) {
        return new ReviewResult.Refused("The top-up is already " + topUp.status() + "; nothing was done.", null);
    }

    private void release(TopUpId id) {
        try {
            transactions.inTransaction(() -> {
                leases.releaseLease(id);
                return null;
            });
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Could not release the lease on top-up " + id + "; it ends by itself", e);
        }
    }

    /** Finpay's answer in words, for the operator; never a secret (the status inquiry carries none). */
    static String describe(StatusOutcome answer) {
        if (answer instanceof StatusOutcome.Succeeded succeeded) {
            return "SUCCEEDED under referenceNo " + succeeded.referenceNo();
        }
        if (answer instanceof StatusOutcome.Failed failed) {
            return "FAILED (" + failed.failure().code() + ": " + failed.failure().message() + ")";
        }
        if (answer instanceof StatusOutcome.InProgress inProgress) {
            return "IN_PROGRESS (" + inProgress.description() + ")";
        }
        if (answer instanceof StatusOutcome.NotFound notFound) {
            return "NOT_FOUND (" + notFound.description() + ")";
        }
        return "nothing usable (" + ((StatusOutcome.Unknown) answer).reason() + ")";
    }
}

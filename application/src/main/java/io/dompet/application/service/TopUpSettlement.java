package io.dompet.application.service;

import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpStatus;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records what dompet learnt about a top-up as a {@link Decision} about the top-up <em>as it stands</em>, in one short
 * transaction that also credits the wallet when the change makes it {@code SUCCEEDED} (one write:
 * {@link SaveTopUpPort#updateTopUpCreditingIfSucceeded}). The optimistic-locking update
 * makes every transition, and so the credit, happen at most once however many writers race: a writer that loses
 * reloads the top-up and decides again on what it finds, so a decision taken on an old state never wins (a "not
 * found" that would fail a {@code REQUESTED} top-up does not fail it once it has been claimed for sending).
 */
final class TopUpSettlement {

    private static final System.Logger log = System.getLogger(TopUpSettlement.class.getName());
    /** Each lost race means another writer changed the top-up; a handful of them in a row is a bug, not contention. */
    private static final int ATTEMPTS = 5;

    /** What to make of a top-up as it stands now: the changed top-up, or empty to leave it as it is. */
    @FunctionalInterface
    interface Decision {
        Optional<TopUp> decide(TopUp current);
    }

    private final LoadTopUpPort loads;
    private final SaveTopUpPort saves;
    private final TransactionPort transactions;
    private final ReconciliationPolicy policy;

    TopUpSettlement(LoadTopUpPort loads, SaveTopUpPort saves, TransactionPort transactions, ReconciliationPolicy policy) {
        this.loads = loads;
        this.saves = saves;
        this.transactions = transactions;
        this.policy = policy;
    }

    /**
     * Applies {@code decision} to {@code current} and stores the change; after losing a race, reloads the top-up and
     * decides again. Returns the top-up as stored afterwards (unchanged when the decision left it so).
     */
    TopUp apply(TopUp current, Decision decision) {
        return apply(current, decision, (before, stored) -> { });
    }

    /**
     * As {@link #apply(TopUp, Decision)}, and {@code alsoStored} runs in the transaction that stores the change, with
     * the top-up as it was before and as stored, so that what it writes commits or rolls back with the change.
     */
    TopUp apply(TopUp current, Decision decision, AlsoStored alsoStored) {
        TopUp latest = current;
        for (int attempt = 1; ; attempt++) {
            Optional<TopUp> changed = decision.decide(latest);
            if (changed.isEmpty()) {
                return latest;
            }
            try {
                TopUp before = latest;
                return store(changed.get(), stored -> alsoStored.stored(before, stored));
            } catch (StaleRecordException stale) {
                if (attempt == ATTEMPTS) {
                    throw stale;
                }
                latest = transactions.inTransaction(() -> loads.loadTopUp(current.id())).orElseThrow(() -> stale);
            }
        }
    }

    /** Written in the transaction of a stored change: the top-up {@code before} it and as {@code stored}. */
    @FunctionalInterface
    interface AlsoStored {
        void stored(TopUp before, TopUp stored);
    }

    /** A change can only produce {@code SUCCEEDED} from an open top-up (the domain forbids leaving a final state). */
    private TopUp store(TopUp changed, Consumer<TopUp> alsoStored) {
        return transactions.inTransaction(() -> {
            TopUp stored = saves.updateTopUpCreditingIfSucceeded(changed);
            alsoStored.accept(stored);
            return stored;
        });
    }

    /** Claims a still {@code REQUESTED} top-up for sending with the inquiry's answer; anything else stays as it is. */
    Decision claim(InquiryOutcome.Inquired inquired, Instant now) {
        return current -> current.status() == TopUpStatus.REQUESTED
                ? Optional.of(current.claimForSending(inquired.customerName(), inquired.fee().money(),
                        inquired.feeType(), now))
                : Optional.empty();
    }

    /** Fails a top-up that was never claimed for sending, so never sent; a claimed or settled one stays as it is. */
    Decision failUnsent(FinpayFailure failure, Instant now) {
        return current -> current.status() == TopUpStatus.REQUESTED
                ? Optional.of(current.fail(failure, now))
                : Optional.empty();
    }

    /**
     * Finpay credited the wallet: any open top-up succeeds. A referenceNo that cannot be stored flags the top-up for
     * review instead (once), leaving it open and checked again at the capped interval.
     */
    Decision succeed(String referenceNo, Instant now) {
        return current -> {
            if (current.status().isFinal()) {
                return Optional.empty();
            }
            if (TopUp.isStorableReferenceNo(referenceNo)) {
                return Optional.of(current.succeed(referenceNo, now));
            }
            log.log(Level.ERROR, "Top-up {0}: Finpay reports it succeeded under a referenceNo that cannot be stored"
                    + " ({1} characters); flagged for review", current.id(), referenceNo.length());
            return Optional.of(current.flagForReview("Finpay reports success under a referenceNo of "
                    + referenceNo.length() + " characters that cannot be stored (at most "
                    + TopUp.REFERENCE_NO_MAX_LENGTH + " characters, no control characters)",
                    now.plus(policy.maxBackoff()), now));
        };
    }

    /**
     * Finpay credited the wallet but neither its answer nor its status inquiry named a referenceNo: any open top-up
     * succeeds without one, flagged for review with {@code reason}.
     */
    Decision succeedWithoutReferenceNo(String reason, Instant now) {
        return current -> current.status().isFinal() ? Optional.empty()
                : Optional.of(current.succeedWithoutReferenceNo(reason, now));
    }

    /** Finpay did not, and will not, credit the wallet: any open top-up fails. */
    Decision fail(FinpayFailure failure, Instant now) {
        return current -> current.status().isFinal() ? Optional.empty() : Optional.of(current.fail(failure, now));
    }

    /**
     * The request that sent the top-up learnt no outcome: a {@code SENDING} top-up becomes {@code PENDING} with its
     * first check {@code firstCheckAfter} from now; one already {@code PENDING} (the reconciler got there first) or
     * settled stays as it is.
     */
    Decision pending(Instant now) {
        return current -> current.status() == TopUpStatus.SENDING
                ? Optional.of(current.markPending(now.plus(policy.firstCheckAfter()), now))
                : Optional.empty();
    }

    /**
     * A status inquiry that settled nothing: one more check counted on the top-up as it stands, the next one after
     * the backoff, flagged for review once the budget is spent ({@code SENDING} becomes {@code PENDING}).
     */
    Decision checkedWithoutOutcome(Instant now) {
        return current -> {
            if (current.status().isFinal()) {
                return Optional.empty();
            }
            int attempts = current.checkAttempts() + 1;
            return Optional.of(current.checkedWithoutOutcome(now.plus(policy.backoffAfter(attempts)),
                    attempts >= policy.budget(), now));
        };
    }

    /**
     * Finpay's status inquiry does not know the top-up. That proves it was never sent only while it is
     * {@code REQUESTED} (never claimed for sending): then it fails. A claimed one may have been sent and Finpay may
     * not show it yet: the answer is inconclusive, checked again with backoff and flagged for review after the budget.
     */
    Decision notFound(String description, Instant now) {
        Decision inconclusive = checkedWithoutOutcome(now);
        return current -> current.status() == TopUpStatus.REQUESTED
                ? Optional.of(current.fail(new FinpayFailure(FinpayFailure.NEVER_PROCESSED,
                        "Finpay's status inquiry does not know this top-up (" + description
                                + ") and it was never sent"), now))
                : inconclusive.decide(current);
    }
}

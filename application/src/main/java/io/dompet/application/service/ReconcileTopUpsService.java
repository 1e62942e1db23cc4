package io.dompet.application.service;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReconciliationResult;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Settles unknown outcomes with Finpay's status inquiry, never by resubmitting: {@code 00} → succeeded (and
 * credited, once), {@code 04}/{@code 05}/{@code 06} → failed, {@code 07} → failed only for a top-up never claimed
 * for sending ({@code REQUESTED}); anything else → checked again later with exponential backoff, flagged for review
 * once the policy's budget is spent. Each decision is re-taken on the stored top-up if it changed meanwhile (see
 * {@link TopUpSettlement}).
 *
 * <p>Several instances share the work: each top-up is leased to one reconciler at a time, one top-up at a time, so
 * two instances never check the same top-up at once, and a dead instance delays only the top-up it held, by one lease
 * at most. A top-up whose check breaks unexpectedly (an answer that cannot be stored, a bug) is pushed out to the
 * capped backoff and the run goes on with the next one.
 */
public final class ReconcileTopUpsService implements ReconcileTopUpsUseCase {

    private static final System.Logger log = System.getLogger(ReconcileTopUpsService.class.getName());

    private final EmoneyTopUpPort emoney;
    private final TopUpCheckLeasePort leases;
    private final TransactionPort transactions;
    private final Clock clock;
    private final ReconciliationPolicy policy;
    private final TopUpSettlement settlement;

    public ReconcileTopUpsService(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                  TopUpCheckLeasePort leases, TransactionPort transactions,
                                  Clock clock, ReconciliationPolicy policy) {
        this.emoney = Objects.requireNonNull(emoney);
        this.leases = Objects.requireNonNull(leases);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
        this.settlement = new TopUpSettlement(Objects.requireNonNull(loads), Objects.requireNonNull(saves),
                transactions, policy);
    }

    @Override
    public ReconciliationResult reconcileDueTopUps(BooleanSupplier stopRequested) {
        int checked = 0;
        int succeeded = 0;
        int failed = 0;
        int unresolved = 0;
        int flagged = 0;
        while (checked < policy.batchSize() && !stopRequested.getAsBoolean()) {
            Optional<TopUp> leased = transactions.inTransaction(() ->
                    leases.leaseNextTopUpDueForCheck(policy.requestedStaleAfter(), policy.lease()));
            if (leased.isEmpty()) {
                break;
            }
            TopUp topUp = leased.get();
            if (stopRequested.getAsBoolean()) {
                transactions.inTransaction(() -> {
                    leases.releaseLease(topUp.id());
                    return null;
                });
                break;
            }
            checked++;
            try {
                TopUp after = check(topUp);
                if (after.status() == TopUpStatus.SUCCEEDED) {
                    succeeded++;
                } else if (after.status() == TopUpStatus.FAILED) {
                    failed++;
                } else {
                    unresolved++;
                    if (after.needsReview() && !topUp.needsReview()) {
                        flagged++;
                        log.log(Level.ERROR, "Top-up {0} is flagged for review: {1}", after.id(),
                                after.reviewReason().orElse("still unresolved after " + after.checkAttempts()
                                        + " status inquiries"));
                    }
                }
            } catch (RuntimeException e) {
                unresolved++;
                postpone(topUp, e);
            }
        }
        return new ReconciliationResult(checked, succeeded, failed, unresolved, flagged);
    }

    private TopUp check(TopUp topUp) {
        return check(topUp, (before, stored) -> { }).topUp();
    }

    /** A leased top-up after its status inquiry, and what Finpay said. */
    record Checked(TopUp topUp, StatusOutcome answer) {
    }

    /**
     * The check of one top-up leased to the caller: Finpay's status inquiry (outside any transaction), then the
     * decision it implies, stored with {@code alsoStored} in one transaction (see {@link TopUpSettlement}). The
     * reconciler's runs and an operator's recheck take this one path.
     */
    Checked check(TopUp topUp, TopUpSettlement.AlsoStored alsoStored) {
        StatusOutcome status = emoney.status(
                new StatusInquiry(topUp.partnerReferenceNo().orElseThrow(), topUp.referenceNo().orElse(null),
                        topUp.amount()));
        Instant now = clock.instant();
        TopUpSettlement.Decision decision;
        if (status instanceof StatusOutcome.Succeeded succeeded) {
            decision = settlement.succeed(succeeded.referenceNo(), now);
        } else if (status instanceof StatusOutcome.Failed failed) {
            decision = settlement.fail(failed.failure(), now);
        } else if (status instanceof StatusOutcome.NotFound notFound) {
            decision = settlement.notFound(notFound.description(), now);
        } else {
            decision = settlement.checkedWithoutOutcome(now);
        }
        return new Checked(settlement.apply(topUp, decision, alsoStored), status);
    }

    /** Keeps a top-up whose check broke from blocking every run: its next check goes out to the capped backoff. */
    private void postpone(TopUp topUp, RuntimeException cause) {
        log.log(Level.ERROR, "Could not reconcile top-up " + topUp.id() + "; its next check is postponed by "
                + policy.maxBackoff(), cause);
        try {
            transactions.inTransaction(() -> {
                leases.postponeCheck(topUp.id(), policy.maxBackoff());
                return null;
            });
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Could not postpone the next check of top-up " + topUp.id()
                    + "; it stays leased until its lease ends", e);
        }
    }
}

package io.dompet.application.service;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReconciliationResult;
import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.FinpayFailure;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Settles unknown outcomes with Finpay's status inquiry, never by resubmitting: {@code 00} → succeeded (and
 * credited, once), {@code 04}/{@code 05}/{@code 06} → failed, {@code 07} for a {@code REQUESTED} top-up → failed
 * (Finpay never saw it); anything else → checked again later with exponential backoff, flagged for review once the
 * policy's budget is spent. The scheduler that calls it makes sure one instance runs it at a time.
 */
public final class ReconcileTopUpsService implements ReconcileTopUpsUseCase {

    private static final System.Logger log = System.getLogger(ReconcileTopUpsService.class.getName());

    private final EmoneyTopUpPort emoney;
    private final LoadTopUpPort loads;
    private final TransactionPort transactions;
    private final Clock clock;
    private final ReconciliationPolicy policy;
    private final TopUpSettlement settlement;

    public ReconcileTopUpsService(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                  CreditWalletPort wallets, TransactionPort transactions, Clock clock,
                                  ReconciliationPolicy policy) {
        this.emoney = Objects.requireNonNull(emoney);
        this.loads = Objects.requireNonNull(loads);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
        this.settlement = new TopUpSettlement(loads, Objects.requireNonNull(saves), Objects.requireNonNull(wallets),
                transactions);
    }

    @Override
    public ReconciliationResult reconcileDueTopUps() {
        Instant now = clock.instant();
        List<TopUp> due = transactions.inTransaction(() ->
                loads.loadTopUpsDueForCheck(now, now.minus(policy.requestedStaleAfter()), policy.batchSize()));
        int succeeded = 0;
        int failed = 0;
        int unresolved = 0;
        int flagged = 0;
        for (TopUp topUp : due) {
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
                        log.log(Level.ERROR, "Top-up {0} is still unresolved after {1} status inquiries: flagged for review",
                                after.id(), after.checkAttempts());
                    }
                }
            } catch (RuntimeException e) {
                unresolved++;
                log.log(Level.ERROR, "Could not reconcile top-up " + topUp.id() + "; it stays due", e);
            }
        }
        return new ReconciliationResult(due.size(), succeeded, failed, unresolved, flagged);
    }

    private TopUp check(TopUp topUp) {
        StatusOutcome status = emoney.status(
                new StatusInquiry(topUp.partnerReferenceNo().orElseThrow(), topUp.referenceNo().orElse(null),
                        topUp.amount()));
        Instant now = clock.instant();
        if (status instanceof StatusOutcome.Succeeded succeeded) {
            return settlement.apply(topUp, current -> current.succeed(succeeded.referenceNo(), now));
        }
        if (status instanceof StatusOutcome.Failed failed) {
            return settlement.apply(topUp, current -> current.fail(new FinpayFailure(failed.code(), failed.message()), now));
        }
        if (status instanceof StatusOutcome.NotFound notFound && topUp.status() == TopUpStatus.REQUESTED) {
            return settlement.apply(topUp, current -> current.fail(new FinpayFailure(FinpayFailure.NEVER_PROCESSED,
                    "Finpay's status inquiry does not know this top-up (" + notFound.description()
                            + "): it was never processed"), now));
        }
        int attempts = topUp.checkAttempts() + 1;
        Instant next = now.plus(policy.backoffAfter(attempts));
        boolean exhausted = attempts >= policy.budget();
        return settlement.apply(topUp, current -> current.status() == TopUpStatus.REQUESTED
                ? current.markPending(next, now).checkedWithoutOutcome(next, exhausted, now)
                : current.checkedWithoutOutcome(next, exhausted, now));
    }
}

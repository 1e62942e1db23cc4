package io.dompet.application.port.in;

import java.util.function.BooleanSupplier;

/**
 * Settles top-ups whose outcome is unknown, through Finpay's status inquiry: the {@code PENDING} ones that are due,
 * and {@code REQUESTED} or {@code SENDING} ones whose request is gone (a crash). Never resubmits a top-up.
 */
public interface ReconcileTopUpsUseCase {

    /**
     * One run: checks due top-ups one at a time until none is due, the batch is full or {@code stopRequested} says
     * so; it is asked before each top-up, and no new status inquiry starts once it answers true.
     */
    ReconciliationResult reconcileDueTopUps(BooleanSupplier stopRequested);
}

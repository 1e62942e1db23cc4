package io.dompet.application.port.in;

/**
 * Settles top-ups whose outcome is unknown, through Finpay's status inquiry: the {@code PENDING} ones that are due,
 * and {@code REQUESTED} ones left behind by a crash. Never resubmits a top-up.
 */
public interface ReconcileTopUpsUseCase {

    ReconciliationResult reconcileDueTopUps();
}

package io.dompet.application.port.in;

/** What one reconciliation run did. */
public record ReconciliationResult(int checked, int succeeded, int failed, int unresolved, int flaggedForReview) {
}

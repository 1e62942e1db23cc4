package io.dompet.domain.billwidget;

/**
 * {@code REQUESTED} (stored, Finpay not yet answered) → {@code ISSUED} (Finpay returned the redirect URL) →
 * {@code EXPIRED} (its timeout passed; computed against the clock); {@code REQUESTED → FAILED} when Finpay refused.
 */
public enum BillWidgetStatus {
    REQUESTED, ISSUED, EXPIRED, FAILED
}

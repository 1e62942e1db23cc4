package io.dompet.domain.topupwidget;

/**
 * Where a widget session stands: {@code REQUESTED} (stored, Finpay not yet answered) → {@code OPEN} (the customer has
 * the widget URL) → {@code COMPLETED} (a Notify Top Up for the phone arrived) or {@code EXPIRED} (none within the
 * session's lifetime); {@code REQUESTED → FAILED} when Finpay refused to issue the widget.
 */
public enum TopUpWidgetStatus {
    REQUESTED, OPEN, COMPLETED, EXPIRED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == EXPIRED || this == FAILED;
    }
}

package io.dompet.domain.topup;

/**
 * Where a top-up stands. {@code REQUESTED → PENDING → SUCCEEDED | FAILED}, and {@code REQUESTED → SUCCEEDED | FAILED}
 * directly; the two final states never change again.
 */
public enum TopUpStatus {
    /** Stored before any call to Finpay; nothing is known of Finpay's side yet. */
    REQUESTED,
    /** Sent to Finpay, outcome not known yet: only the status inquiry may resolve it, never a resubmission. */
    PENDING,
    /** Finpay credited the wallet. */
    SUCCEEDED,
    /** Finpay did not credit the wallet. */
    FAILED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }

    boolean canBecome(TopUpStatus next) {
        return switch (this) {
            case REQUESTED -> next == PENDING || next == SUCCEEDED || next == FAILED;
            case PENDING -> next == SUCCEEDED || next == FAILED;
            case SUCCEEDED, FAILED -> false;
        };
    }
}

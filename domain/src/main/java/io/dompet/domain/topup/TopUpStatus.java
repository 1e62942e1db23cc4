package io.dompet.domain.topup;

/**
 * Where a top-up stands:
 * <pre>
 * REQUESTED → SENDING | SUCCEEDED | FAILED
 * SENDING   → PENDING | SUCCEEDED | FAILED
 * PENDING   → SUCCEEDED | FAILED
 * </pre>
 * The two final states never change again. Only a top-up that reached {@code SENDING} can have been sent to Finpay:
 * a {@code REQUESTED} one was provably never sent, so Finpay's "not found" may fail it, and nothing else may.
 * ({@code REQUESTED → SUCCEEDED} exists for Finpay's word alone: a status inquiry that names a completed top-up is
 * the truth, however the top-up got there.)
 */
public enum TopUpStatus {
    /** Stored before any call to Finpay; nothing of it has been sent. */
    REQUESTED,
    /** Claimed for sending by the one request that may send it: it may have reached Finpay. */
    SENDING,
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
            case REQUESTED -> next == SENDING || next == SUCCEEDED || next == FAILED;
            case SENDING -> next == PENDING || next == SUCCEEDED || next == FAILED;
            case PENDING -> next == SUCCEEDED || next == FAILED;
            case SUCCEEDED, FAILED -> false;
        };
    }
}

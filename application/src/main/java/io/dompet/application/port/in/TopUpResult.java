package io.dompet.application.port.in;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;

/** What became of a top-up request. */
public sealed interface TopUpResult {

    /** A new top-up, as it stands after this request: final, or {@code PENDING} for the reconciler. */
    record Executed(TopUp topUp) implements TopUpResult {
    }

    /**
     * The client used the idempotency key before for the same customer and amount, and that top-up's request is
     * over: the top-up as it stands now ({@code PENDING}, {@code SUCCEEDED} or {@code FAILED}).
     */
    record Replayed(TopUp topUp) implements TopUpResult {
    }

    /**
     * The client used the idempotency key before for the same customer and amount, and that top-up is still
     * {@code REQUESTED} or {@code SENDING}: its first request is still running (or died, and the reconciler will
     * settle it). Nothing was done; the client should ask again shortly rather than see a half-done top-up.
     */
    record InProgress(TopUpId existing) implements TopUpResult {
    }

    /** The idempotency key was used before for another customer or amount; nothing was done. */
    record KeyConflict(TopUpId existing) implements TopUpResult {
    }
}

package io.dompet.application.port.in;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;

/** What became of a top-up request. */
public sealed interface TopUpResult {

    /** A new top-up, as it stands after this request: final, or {@code PENDING} for the reconciler. */
    record Executed(TopUp topUp) implements TopUpResult {
    }

    /** The idempotency key was used before for the same customer and amount: that top-up, as it stands now. */
    record Replayed(TopUp topUp) implements TopUpResult {
    }

    /** The idempotency key was used before for another customer or amount; nothing was done. */
    record KeyConflict(TopUpId existing) implements TopUpResult {
    }
}

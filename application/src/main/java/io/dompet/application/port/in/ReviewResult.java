package io.dompet.application.port.in;

import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.TopUp;

/** What became of an operator's review of a top-up. */
public sealed interface ReviewResult {

    /** The decision was taken and audited, in one transaction with the change it made (if any). */
    record Reviewed(TopUp topUp, Review review) implements ReviewResult {
    }

    /** No top-up has this id; nothing was done. */
    record NotFound() implements ReviewResult {
    }

    /**
     * The decision cannot be taken on the top-up as it stands (already settled, changed by another writer meanwhile,
     * checked by another instance right now, or Finpay's status inquiry does not allow it); nothing was changed or
     * audited. {@code finpayStatus} is Finpay's answer when one was asked, else null.
     */
    record Refused(String reason, @org.jspecify.annotations.Nullable String finpayStatus) implements ReviewResult {
    }
}

package io.dompet.domain.topup;

import java.util.Locale;
import java.util.Optional;

/** What an operator decided about a top-up, or a notification conflict, in a review. */
public enum ReviewAction {
    /** Ask Finpay's status inquiry now and record what it says, as the reconciler would. */
    RECHECK,
    /** Finpay credited the wallet under the referenceNo the operator gives: the top-up succeeds, credited once. */
    SUCCEED,
    /** Finpay's status inquiry, asked now, says the top-up does not exist or failed: the top-up fails. */
    FAIL,
    /** A notification conflict was looked at. */
    ACKNOWLEDGE;

    /** The action as the API spells it ({@code recheck}, …). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action spelt {@code text} ({@code recheck}, {@code succeed}, {@code fail}, {@code acknowledge}). */
    public static Optional<ReviewAction> ofWireName(String text) {
        for (ReviewAction action : values()) {
            if (action.wireName().equals(text)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}

package io.dompet.domain.topup;

/** An attempt to move a top-up along a transition its state machine does not have, e.g. out of a final state. */
public final class IllegalTopUpTransitionException extends IllegalStateException {

    public IllegalTopUpTransitionException(TopUpId id, TopUpStatus from, TopUpStatus to) {
        super("top-up " + id + " cannot go from " + from + " to " + to);
    }
}

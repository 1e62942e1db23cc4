package io.dompet.sandbox.http;

import java.util.Objects;

/** Thrown by an {@link Endpoint} to stop and answer with the given reply (an expected error, not a fault). */
public final class RequestRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    public RequestRejectedException(Reply reply) {
        super("request rejected with HTTP " + Objects.requireNonNull(reply, "reply").status(), null, false, false);
        this.reply = reply;
    }

    /** Rejects with a SNAP error body; the HTTP status is taken from the code's first three digits. */
    public static RequestRejectedException snap(SnapError error) {
        return new RequestRejectedException(Reply.snapError(error));
    }

    public Reply reply() {
        return reply;
    }
}

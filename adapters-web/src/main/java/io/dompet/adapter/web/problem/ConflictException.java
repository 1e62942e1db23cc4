package io.dompet.adapter.web.problem;

/**
 * The request clashes with the current state of a resource (409, type {@code conflict}), e.g. an idempotency key
 * reused with a different request, or a resource changed concurrently.
 */
public class ConflictException extends ProblemException {

    /** @param detail what clashes, safe to show the client: no secrets, no full phone numbers */
    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}

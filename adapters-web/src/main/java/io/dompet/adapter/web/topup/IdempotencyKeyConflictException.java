package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;

/**
 * The {@code Idempotency-Key} was used before for a top-up to another customer or of another amount (409, type
 * {@code idempotency-key-conflict}). Says nothing about that other top-up: the key may be guessable, its customer
 * is not the caller's business.
 */
public class IdempotencyKeyConflictException extends ProblemException {

    public IdempotencyKeyConflictException() {
        super(ProblemType.IDEMPOTENCY_KEY_CONFLICT,
                "This Idempotency-Key was used for a different top-up. Use a new key for a new top-up, or repeat the "
                        + "original request exactly to learn its outcome.");
    }
}

package io.dompet.application.port.out;

import io.dompet.domain.topup.TopUpId;

/** The stored top-up changed since it was read (optimistic locking): reload it and decide again. */
public final class StaleTopUpException extends RuntimeException {

    public StaleTopUpException(TopUpId id, long expectedVersion) {
        super("top-up " + id + " is no longer at version " + expectedVersion);
    }
}

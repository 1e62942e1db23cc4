package io.dompet.application.port.out;

/** A top-up with the same client and idempotency key, or the same partnerReferenceNo, is already stored. */
public final class DuplicateTopUpException extends RuntimeException {

    public DuplicateTopUpException(String message) {
        super(message);
    }
}

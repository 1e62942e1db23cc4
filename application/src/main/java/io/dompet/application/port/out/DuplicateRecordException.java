package io.dompet.application.port.out;

/**
 * A store refused a write because a record with the same unique key (a client's idempotency key, a partnerReferenceNo,
 * Finpay's referenceNo, a transNumber, a trxId, …) is already stored; the database's unique constraint decided, so of
 * concurrent writers exactly one wins. The message names the key and the constraint, never the duplicate value.
 */
public final class DuplicateRecordException extends RuntimeException {

    public DuplicateRecordException(String message) {
        super(message);
    }
}

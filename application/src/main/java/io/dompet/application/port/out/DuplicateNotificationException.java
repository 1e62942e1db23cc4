package io.dompet.application.port.out;

/** A notification with the same Finpay {@code referenceNo} is already in the inbox. */
public final class DuplicateNotificationException extends RuntimeException {

    public DuplicateNotificationException(String message) {
        super(message);
    }
}

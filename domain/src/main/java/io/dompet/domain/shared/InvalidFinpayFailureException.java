package io.dompet.domain.shared;

/** A failure without a code: every failure recorded on a top-up, a widget session or a bill widget names one. */
public final class InvalidFinpayFailureException extends DomainValidationException {

    public InvalidFinpayFailureException(String message) {
        super(message);
    }
}

package io.dompet.domain.shared;

/** A phone number that is not an Indonesian mobile number; the message says why. */
public final class InvalidPhoneNumberException extends DomainValidationException {

    public InvalidPhoneNumberException(String message) {
        super(message);
    }
}

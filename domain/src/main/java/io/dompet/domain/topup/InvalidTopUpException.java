package io.dompet.domain.topup;

import io.dompet.domain.shared.DomainValidationException;

/** A top-up value that breaks a rule (identifier, key, reference). */
public final class InvalidTopUpException extends DomainValidationException {

    public InvalidTopUpException(String message) {
        super(message);
    }
}

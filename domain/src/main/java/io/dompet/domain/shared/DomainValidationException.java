package io.dompet.domain.shared;

/**
 * A value that breaks a domain rule. The message names the problem in words a client can be shown;
 * it never carries secrets and never carries a full phone number.
 */
public abstract class DomainValidationException extends IllegalArgumentException {

    protected DomainValidationException(String message) {
        super(message);
    }
}

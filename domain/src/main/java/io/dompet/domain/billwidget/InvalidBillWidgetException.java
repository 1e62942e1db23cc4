package io.dompet.domain.billwidget;

import io.dompet.domain.shared.DomainValidationException;

/** A bill widget value that breaks a rule; the message names the field and never repeats personal data. */
public final class InvalidBillWidgetException extends DomainValidationException {

    public InvalidBillWidgetException(String message) {
        super(message);
    }
}

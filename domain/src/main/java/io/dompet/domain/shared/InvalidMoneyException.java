package io.dompet.domain.shared;

/** An amount that is not valid money: negative, more than two decimals, not a number, another currency. */
public final class InvalidMoneyException extends DomainValidationException {

    public InvalidMoneyException(String message) {
        super(message);
    }
}

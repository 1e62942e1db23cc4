package io.dompet.application.port.in;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.InvalidTopUpException;
import java.util.Objects;

public record InquireTopUpCommand(PhoneNumber customerNumber, Money amount) {

    public InquireTopUpCommand {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new InvalidTopUpException("amount must be greater than zero");
        }
    }
}

package io.dompet.domain.wallet;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's Finpay Money account as this merchant knows it: the phone number that identifies it, the masked
 * name Finpay showed us last, and the total this merchant has credited to it. Immutable: every change returns a
 * new wallet; {@code version} is the optimistic-locking version of the stored row.
 */
public record Wallet(PhoneNumber customerNumber, @Nullable String customerName, Money creditedTotal, long version) {

    public Wallet {
        Objects.requireNonNull(customerNumber, "customerNumber must not be null");
        Objects.requireNonNull(creditedTotal, "creditedTotal must not be null");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A wallet we have never credited. */
    public static Wallet open(PhoneNumber customerNumber, @Nullable String customerName) {
        return new Wallet(customerNumber, customerName, Money.ZERO, 0);
    }

    /**
     * The wallet after a successful credit of {@code amount}: same customer and version, a larger total. This
     * wallet is left unchanged; the stored row's version moves when the new wallet is saved.
     */
    public Wallet credit(Money amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        return new Wallet(customerNumber, customerName, creditedTotal.plus(amount), version);
    }

    public Optional<String> name() {
        return Optional.ofNullable(customerName);
    }
}

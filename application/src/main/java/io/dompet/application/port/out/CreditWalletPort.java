package io.dompet.application.port.out;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import org.jspecify.annotations.Nullable;

/** Adds to a wallet's credited total, creating the wallet when it is new. Call it inside a transaction. */
public interface CreditWalletPort {

    /**
     * Atomically adds {@code amount} to the wallet of {@code customerNumber} (concurrent credits are never lost) and
     * keeps {@code customerName} when one is given.
     */
    Wallet creditWallet(PhoneNumber customerNumber, @Nullable String customerName, Money amount);
}

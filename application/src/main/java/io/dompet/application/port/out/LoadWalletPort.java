package io.dompet.application.port.out;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Optional;

/** Loads stored wallets. */
public interface LoadWalletPort {

    Optional<Wallet> loadWallet(PhoneNumber customerNumber);
}

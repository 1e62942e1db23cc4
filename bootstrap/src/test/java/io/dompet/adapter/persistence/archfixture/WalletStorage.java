package io.dompet.adapter.persistence.archfixture;

import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Optional;

/** Architecture fixture: an out-port implementation not named XxxAdapter. */
public class WalletStorage implements LoadWalletPort {
    @Override
    public Optional<Wallet> loadWallet(PhoneNumber customerNumber) {
        return Optional.empty();
    }
}

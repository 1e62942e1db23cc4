package io.dompet.application.service;

import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Objects;
import java.util.Optional;

/** Answers {@link GetWalletQuery} from the wallet store. */
public final class GetWalletService implements GetWalletQuery {

    private final LoadWalletPort wallets;

    public GetWalletService(LoadWalletPort wallets) {
        this.wallets = Objects.requireNonNull(wallets);
    }

    @Override
    public Optional<Wallet> getWallet(PhoneNumber customerNumber) {
        return wallets.loadWallet(Objects.requireNonNull(customerNumber));
    }
}

package io.dompet.application.port.in;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.wallet.Wallet;
import java.util.List;
import java.util.Objects;

/** A wallet and its latest top-ups, newest first. */
public record WalletResult(Wallet wallet, List<TopUp> latestTopUps) {

    public WalletResult {
        Objects.requireNonNull(wallet, "wallet");
        latestTopUps = List.copyOf(latestTopUps);
    }
}

package io.dompet.application.service;

import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.in.WalletResult;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/** Answers {@link GetWalletQuery}: the wallet and its latest top-ups, read in one transaction. */
public final class GetWalletService implements GetWalletQuery {

    private final LoadWalletPort wallets;
    private final LoadTopUpPort topUps;
    private final TransactionPort transactions;

    public GetWalletService(LoadWalletPort wallets, LoadTopUpPort topUps, TransactionPort transactions) {
        this.wallets = Objects.requireNonNull(wallets);
        this.topUps = Objects.requireNonNull(topUps);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Optional<WalletResult> getWallet(PhoneNumber customerNumber) {
        Objects.requireNonNull(customerNumber);
        return transactions.inTransaction(() -> wallets.loadWallet(customerNumber)
                .map(wallet -> new WalletResult(wallet, topUps.loadLatestTopUps(customerNumber, LATEST_TOP_UPS))));
    }
}

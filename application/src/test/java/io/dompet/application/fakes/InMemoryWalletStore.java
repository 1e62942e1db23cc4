package io.dompet.application.fakes;

import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory wallet store for tests of services and drivers. */
public final class InMemoryWalletStore implements LoadWalletPort {

    private final Map<PhoneNumber, Wallet> wallets = new ConcurrentHashMap<>();

    public InMemoryWalletStore with(Wallet wallet) {
        wallets.put(wallet.customerNumber(), wallet);
        return this;
    }

    @Override
    public Optional<Wallet> loadWallet(PhoneNumber customerNumber) {
        return Optional.ofNullable(wallets.get(customerNumber));
    }
}

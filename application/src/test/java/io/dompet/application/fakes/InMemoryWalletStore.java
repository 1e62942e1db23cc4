package io.dompet.application.fakes;

import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory wallet store for tests of services and drivers; credits are atomic like the real one's, and versions
 * count as the real one's do (a new wallet at 0, one more per later credit).
 */
public final class InMemoryWalletStore implements LoadWalletPort, CreditWalletPort {

    private final Map<PhoneNumber, Wallet> wallets = new ConcurrentHashMap<>();
    private final AtomicInteger credits = new AtomicInteger();

    public InMemoryWalletStore with(Wallet wallet) {
        wallets.put(wallet.customerNumber(), wallet);
        return this;
    }

    @Override
    public Optional<Wallet> loadWallet(PhoneNumber customerNumber) {
        return Optional.ofNullable(wallets.get(customerNumber));
    }

    @Override
    public Wallet creditWallet(PhoneNumber customerNumber, @Nullable String customerName, Money amount) {
        credits.incrementAndGet();
        return wallets.compute(customerNumber, (number, wallet) -> {
            if (wallet == null) {
                return Wallet.open(number, customerName).credit(amount); // a new wallet is stored at version 0
            }
            Wallet named = customerName == null ? wallet
                    : new Wallet(number, customerName, wallet.creditedTotal(), wallet.version());
            Wallet credited = named.credit(amount);
            return new Wallet(number, credited.customerName(), credited.creditedTotal(), credited.version() + 1);
        });
    }

    /** How many credits were made, to prove exactly-once. */
    public int credits() {
        return credits.get();
    }

    public Money creditedTotal(PhoneNumber customerNumber) {
        return loadWallet(customerNumber).map(Wallet::creditedTotal).orElse(Money.ZERO);
    }
}

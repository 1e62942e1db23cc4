package io.dompet.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every wallet store ({@link LoadWalletPort}, {@link CreditWalletPort}) promises, run against the in-memory fake
 * (application's tests) and the PostgreSQL adapter (adapters-persistence's tests). A subclass supplies an empty store.
 */
public abstract class WalletStoreContract<S extends LoadWalletPort & CreditWalletPort> {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    private static final PhoneNumber OTHER_CUSTOMER = PhoneNumber.parse("085712345678");

    private S store;

    /** An empty store. */
    protected abstract S emptyStore();

    @BeforeEach
    void newStore() {
        store = emptyStore();
    }

    @Test
    void theFirstCreditOpensTheWalletAtVersionZeroWithTheAmountAsItsTotal() {
        assertThat(store.loadWallet(CUSTOMER)).isEmpty();

        Wallet opened = store.creditWallet(CUSTOMER, "Bu di Sa**", Money.parse("50000.00"));

        assertThat(opened).isEqualTo(new Wallet(CUSTOMER, "Bu di Sa**", Money.parse("50000.00"), 0));
        assertThat(store.loadWallet(CUSTOMER)).contains(opened);
        assertThat(store.loadWallet(OTHER_CUSTOMER)).isEmpty();
    }

    @Test
    void everyLaterCreditAddsToTheTotalRaisesTheVersionByOneAndReplacesTheNameOnlyWhenOneIsGiven() {
        store.creditWallet(CUSTOMER, null, Money.parse("10000.00"));
        Wallet named = store.creditWallet(CUSTOMER, "Bu di Sa**", Money.parse("20000.50"));
        Wallet unnamed = store.creditWallet(CUSTOMER, null, Money.parse("0.50"));

        assertThat(named).isEqualTo(new Wallet(CUSTOMER, "Bu di Sa**", Money.parse("30000.50"), 1));
        assertThat(unnamed).isEqualTo(new Wallet(CUSTOMER, "Bu di Sa**", Money.parse("30001.00"), 2));
        assertThat(store.loadWallet(CUSTOMER)).contains(unnamed);
    }

    @Test
    void concurrentCreditsAreNeverLost() throws Exception {
        int threads = 8;
        int creditsEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < creditsEach; i++) {
                        store.creditWallet(CUSTOMER, null, Money.parse("1000.00"));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Wallet wallet = store.loadWallet(CUSTOMER).orElseThrow();
        assertThat(wallet.creditedTotal()).isEqualTo(Money.parse("40000.00"));
        assertThat(wallet.version()).isEqualTo(threads * creditsEach - 1);
    }
}

package io.dompet.application.fakes;

import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.TopUpStoreContract;
import java.time.Duration;
import java.time.Instant;

class InMemoryTopUpStoreContractTest extends TopUpStoreContract<InMemoryTopUpStore> {

    private MutableClock databaseClock;
    private InMemoryWalletStore wallets;

    @Override
    protected InMemoryTopUpStore emptyStore() {
        databaseClock = new MutableClock(Instant.now());
        wallets = new InMemoryWalletStore();
        return new InMemoryTopUpStore(databaseClock, wallets);
    }

    @Override
    protected LoadWalletPort wallets() {
        return wallets;
    }

    @Override
    protected void letTimePass(Duration duration) {
        databaseClock.advance(duration);
    }
}

package io.dompet.application.fakes;

import io.dompet.application.port.out.TopUpStoreContract;
import java.time.Duration;
import java.time.Instant;

class InMemoryTopUpStoreContractTest extends TopUpStoreContract<InMemoryTopUpStore> {

    private MutableClock databaseClock;

    @Override
    protected InMemoryTopUpStore emptyStore() {
        databaseClock = new MutableClock(Instant.now());
        return new InMemoryTopUpStore(databaseClock);
    }

    @Override
    protected void letTimePass(Duration duration) {
        databaseClock.advance(duration);
    }
}

package io.dompet.application.fakes;

import io.dompet.application.port.out.TopUpWidgetSessionStoreContract;
import io.dompet.domain.topup.TopUpId;
import java.util.UUID;

class InMemoryWidgetSessionsContractTest extends TopUpWidgetSessionStoreContract<InMemoryWidgetSessions> {

    @Override
    protected InMemoryWidgetSessions emptyStore() {
        return new InMemoryWidgetSessions();
    }

    @Override
    protected TopUpId storedTopUp() {
        return new TopUpId(UUID.randomUUID());
    }
}

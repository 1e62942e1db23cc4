package io.dompet.application.fakes;

import io.dompet.application.port.out.NotificationInboxContract;
import io.dompet.domain.topup.TopUpId;
import java.util.UUID;

class InMemoryNotificationInboxContractTest extends NotificationInboxContract<InMemoryNotificationInbox> {

    @Override
    protected InMemoryNotificationInbox emptyInbox() {
        return new InMemoryNotificationInbox();
    }

    @Override
    protected TopUpId storedTopUp() {
        return new TopUpId(UUID.randomUUID());
    }
}

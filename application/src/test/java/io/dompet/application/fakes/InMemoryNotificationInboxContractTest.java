package io.dompet.application.fakes;

import io.dompet.application.port.out.NotificationInboxContract;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;

class InMemoryNotificationInboxContractTest extends NotificationInboxContract<InMemoryNotificationInbox> {

    private final InMemoryWalletStore wallets = new InMemoryWalletStore();

    @Override
    protected InMemoryNotificationInbox emptyInbox() {
        return new InMemoryNotificationInbox(new InMemoryTopUpStore(), wallets);
    }

    @Override
    protected Money creditedTotal(PhoneNumber customer) {
        return wallets.creditedTotal(customer);
    }
}

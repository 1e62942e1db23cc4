package io.dompet.adapter.persistence;

import io.dompet.application.port.out.NotificationInboxContract;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import org.springframework.jdbc.core.simple.JdbcClient;

class NotificationInboxPersistenceAdapterContractTest
        extends NotificationInboxContract<NotificationInboxPersistenceAdapter> {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());

    @Override
    protected NotificationInboxPersistenceAdapter emptyInbox() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
        return new NotificationInboxPersistenceAdapter(jdbc);
    }

    @Override
    protected Money creditedTotal(PhoneNumber customer) {
        return new WalletPersistenceAdapter(jdbc).loadWallet(customer).map(Wallet::creditedTotal).orElse(Money.ZERO);
    }
}

package io.dompet.adapter.persistence;

import io.dompet.application.port.out.TopUpWidgetSessionStoreContract;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUps;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

class TopUpWidgetSessionPersistenceAdapterContractTest
        extends TopUpWidgetSessionStoreContract<TopUpWidgetSessionPersistenceAdapter> {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());

    @Override
    protected TopUpWidgetSessionPersistenceAdapter emptyStore() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
        return new TopUpWidgetSessionPersistenceAdapter(jdbc);
    }

    /** The completing top-up is a foreign key: a notified top-up of its own. */
    @Override
    protected TopUpId storedTopUp() {
        return new TopUpPersistenceAdapter(jdbc)
                .insertTopUp(TopUps.notified(new TopUpId(UUID.randomUUID()), Instant.now())).id();
    }
}

package io.dompet.adapter.persistence;

import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.TopUpStoreContract;
import java.sql.Types;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

class TopUpPersistenceAdapterContractTest extends TopUpStoreContract<TopUpPersistenceAdapter> {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());

    @Override
    protected TopUpPersistenceAdapter emptyStore() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
        jdbc.sql("delete from wallet").update();
        return new TopUpPersistenceAdapter(jdbc);
    }

    @Override
    protected LoadWalletPort wallets() {
        return new WalletPersistenceAdapter(jdbc);
    }

    /** PostgreSQL's clock cannot be moved: every time the store keeps is moved back instead. */
    @Override
    protected void letTimePass(Duration duration) {
        jdbc.sql("""
                        update top_up
                           set touched_at = touched_at - make_interval(secs => :seconds),
                               lease_until = lease_until - make_interval(secs => :seconds),
                               next_check_at = next_check_at - make_interval(secs => :seconds)
                        """)
                .param("seconds", duration.toNanos() / 1e9, Types.DOUBLE)
                .update();
    }
}

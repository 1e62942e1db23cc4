package io.dompet.adapter.persistence;

import io.dompet.application.port.out.WalletStoreContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class WalletPersistenceAdapterContractTest extends WalletStoreContract<WalletPersistenceAdapter> {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());

    @Override
    protected WalletPersistenceAdapter emptyStore() {
        jdbc.sql("delete from wallet").update();
        return new WalletPersistenceAdapter(jdbc);
    }
}

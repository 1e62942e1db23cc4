package io.dompet.adapter.persistence;

import io.dompet.application.port.out.BillWidgetStoreContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class BillWidgetPersistenceAdapterContractTest extends BillWidgetStoreContract<BillWidgetPersistenceAdapter> {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());

    @Override
    protected BillWidgetPersistenceAdapter emptyStore() {
        jdbc.sql("delete from bill_widget").update();
        return new BillWidgetPersistenceAdapter(jdbc);
    }
}

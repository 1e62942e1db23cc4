package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.StoreUnavailableException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

class SpringTransactionAdapterTest {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from wallet").update();
    }

    @Test
    void workThatReturnsIsCommittedAndItsResultReturned() {
        int inserted = transactions.inTransaction(() ->
                jdbc.sql("insert into wallet (customer_number) values ('6281111111111')").update());

        assertThat(inserted).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void workThatThrowsIsRolledBackEntirely() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            jdbc.sql("insert into wallet (customer_number) values ('6281111111111')").update();
            jdbc.sql("insert into wallet (customer_number) values ('6282222222222')").update();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(count()).isZero();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsStoreUnavailableWithoutTheWorkRunning() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DriverManagerDataSource unreachable = new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/dompet?connectTimeout=2", "dompet", "");
        SpringTransactionAdapter down = new SpringTransactionAdapter(new JdbcTransactionManager(unreachable));
        boolean[] ran = {false};

        assertThatThrownBy(() -> down.inTransaction(() -> ran[0] = true))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage("the database is unavailable (CannotCreateTransactionException)");
        assertThat(ran[0]).isFalse();
    }

    private long count() {
        return jdbc.sql("select count(*) from wallet").query(Long.class).single();
    }
}

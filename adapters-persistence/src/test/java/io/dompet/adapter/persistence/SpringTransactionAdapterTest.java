package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private long count() {
        return jdbc.sql("select count(*) from wallet").query(Long.class).single();
    }
}

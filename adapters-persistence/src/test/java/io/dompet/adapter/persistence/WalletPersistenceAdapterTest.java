package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class WalletPersistenceAdapterTest {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final WalletPersistenceAdapter adapter = new WalletPersistenceAdapter(jdbc);

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from wallet").update();
    }

    @Test
    void anUnknownWalletIsEmpty() {
        assertThat(adapter.loadWallet(PhoneNumber.parse("081234567890"))).isEmpty();
    }

    @Test
    void aStoredWalletLoadsWithTwoDecimalsAndItsVersion() {
        jdbc.sql("insert into wallet (customer_number, customer_name, credited_total, version) values ('6281234567890', 'Bu di Sa**', 150000.5, 3)")
                .update();

        Wallet wallet = adapter.loadWallet(PhoneNumber.parse("0812-3456-7890")).orElseThrow();

        assertThat(wallet.customerNumber().local()).isEqualTo("081234567890");
        assertThat(wallet.customerName()).isEqualTo("Bu di Sa**");
        assertThat(wallet.creditedTotal()).isEqualTo(Money.parse("150000.50"));
        assertThat(wallet.creditedTotal().toPlainString()).isEqualTo("150000.50");
        assertThat(wallet.version()).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesANegativeCreditedTotal() {
        assertThatThrownBy(() -> jdbc.sql("insert into wallet (customer_number, credited_total) values ('6281234567890', -1)").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesANumberThatIsNotCanonical() {
        assertThatThrownBy(() -> jdbc.sql("insert into wallet (customer_number) values ('081234567890')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theColumnWouldRoundAThirdDecimalSoMoneyMustRefuseItBeforehand() {
        jdbc.sql("insert into wallet (customer_number, credited_total) values ('6281234567890', 1.005)").update();
        // numeric(17,2) rounds on insert; the application never hands it more than two decimals (Money refuses them),
        // and this test documents that the column alone would not catch it.
        assertThat(adapter.loadWallet(PhoneNumber.parse("081234567890")).orElseThrow().creditedTotal())
                .isEqualTo(Money.parse("1.01"));
    }
}

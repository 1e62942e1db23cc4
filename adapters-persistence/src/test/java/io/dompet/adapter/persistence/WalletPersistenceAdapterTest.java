package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

class WalletPersistenceAdapterTest {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final WalletPersistenceAdapter adapter = new WalletPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

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

    @Test
    void theFirstCreditCreatesTheWalletAndLaterOnesAddToIt() {
        PhoneNumber customer = PhoneNumber.parse("081234567890");

        Wallet created = transactions.inTransaction(() ->
                adapter.creditWallet(customer, "Bu di Sa**", Money.parse("50000.00")));
        Wallet added = transactions.inTransaction(() -> adapter.creditWallet(customer, null, Money.parse("25000.50")));

        assertThat(created).isEqualTo(new Wallet(customer, "Bu di Sa**", Money.parse("50000.00"), 0));
        assertThat(added).as("no name given: the stored one stays")
                .isEqualTo(new Wallet(customer, "Bu di Sa**", Money.parse("75000.50"), 1));
        assertThat(adapter.loadWallet(customer)).contains(added);
    }

    @Test
    void aGivenNameReplacesTheStoredOne() {
        PhoneNumber customer = PhoneNumber.parse("081234567890");
        adapter.creditWallet(customer, null, Money.parse("1.00"));

        Wallet named = adapter.creditWallet(customer, "Bu di Sa**", Money.parse("1.00"));
        Wallet renamed = adapter.creditWallet(customer, "Ib* Bu**", Money.parse("1.00"));

        assertThat(named.customerName()).isEqualTo("Bu di Sa**");
        assertThat(renamed).isEqualTo(new Wallet(customer, "Ib* Bu**", Money.parse("3.00"), 2));
    }

    @Test
    void aCreditRolledBackWithItsTransactionLeavesNoTrace() {
        PhoneNumber customer = PhoneNumber.parse("081234567890");
        adapter.creditWallet(customer, "Bu di Sa**", Money.parse("10.00"));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            adapter.creditWallet(customer, "Other", Money.parse("5.00"));
            throw new IllegalStateException("the top-up update failed");
        })).hasMessage("the top-up update failed");

        assertThat(adapter.loadWallet(customer)).contains(new Wallet(customer, "Bu di Sa**", Money.parse("10.00"), 0));
    }

    @Test
    void aCustomerNameOfAsManyCharactersAsATopUpKeepsFits() {
        String longName = "N".repeat(255);

        Wallet wallet = adapter.creditWallet(PhoneNumber.parse("081234567890"), longName, Money.parse("1.00"));

        assertThat(wallet.customerName()).isEqualTo(longName);
    }

    @RepeatedTest(2)
    void fiftyConcurrentCreditsOfOneNewWalletAreAllCounted() throws Exception {
        PhoneNumber customer = PhoneNumber.parse("081234567890");
        int credits = 50;
        CyclicBarrier together = new CyclicBarrier(credits);
        ExecutorService threads = Executors.newFixedThreadPool(credits);
        List<Future<Wallet>> results = new ArrayList<>();
        try {
            for (int i = 0; i < credits; i++) {
                results.add(threads.submit(() -> transactions.inTransaction(() -> {
                    try {
                        together.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the threads did not start together", e);
                    }
                    return adapter.creditWallet(customer, "Bu di Sa**", Money.parse("1000.00"));
                })));
            }
            List<Long> versions = new ArrayList<>();
            for (Future<Wallet> result : results) {
                versions.add(result.get(60, TimeUnit.SECONDS).version());
            }

            Wallet wallet = adapter.loadWallet(customer).orElseThrow();
            assertThat(wallet.creditedTotal()).isEqualTo(Money.parse("50000.00"));
            assertThat(wallet.version()).isEqualTo(credits - 1);
            assertThat(versions).as("each credit saw its own version of the row").doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }
}

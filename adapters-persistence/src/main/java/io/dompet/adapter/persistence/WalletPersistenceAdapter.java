package io.dompet.adapter.persistence;

import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.sql.Types;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores wallets in the {@code wallet} table. */
public class WalletPersistenceAdapter implements LoadWalletPort, CreditWalletPort {

    /**
     * What a credit does to a wallet that exists already, for {@code insert into wallet … values (… the credit …)}:
     * PostgreSQL adds the amount to the stored total, keeps the name unless one is given, and raises the version.
     */
    static final String ADD_TO_EXISTING_WALLET = """
            on conflict (customer_number) do update
               set credited_total = wallet.credited_total + excluded.credited_total,
                   customer_name = coalesce(excluded.customer_name, wallet.customer_name),
                   version = wallet.version + 1,
                   updated_at = now()""";

    private final JdbcClient jdbc;

    public WalletPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public Optional<Wallet> loadWallet(PhoneNumber customerNumber) {
        return jdbc.sql("""
                        select customer_number, customer_name, credited_total, currency, version
                          from wallet
                         where customer_number = :customerNumber
                        """)
                .param("customerNumber", customerNumber.international())
                .query(WalletRow.class)
                .optional()
                .map(WalletRow::toDomain);
    }

    /**
     * One statement, so that no credit is ever lost: a new wallet is inserted at version 0 with {@code amount} as its
     * total; an existing one gets {@code amount} added by PostgreSQL itself ({@code credited_total + excluded…}, not
     * a value read earlier), its version raised by one and its name replaced only when a name is given. Concurrent
     * credits of the same wallet queue on its row lock (or on the insert of a new one) and all count.
     */
    @Override
    public Wallet creditWallet(PhoneNumber customerNumber, @Nullable String customerName, Money amount) {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(amount, "amount");
        return jdbc.sql("""
                        insert into wallet (customer_number, customer_name, credited_total, currency, version,
                                            created_at, updated_at)
                        values (:customerNumber, :customerName, :amount, :currency, 0, now(), now())
                        %s
                        returning customer_number, customer_name, credited_total, currency, version
                        """.formatted(ADD_TO_EXISTING_WALLET))
                .param("customerNumber", customerNumber.international(), Types.VARCHAR)
                .param("customerName", customerName, Types.VARCHAR)
                .param("amount", amount.amount(), Types.NUMERIC)
                .param("currency", amount.currency().getCurrencyCode(), Types.CHAR)
                .query(WalletRow.class)
                .single()
                .toDomain();
    }
}

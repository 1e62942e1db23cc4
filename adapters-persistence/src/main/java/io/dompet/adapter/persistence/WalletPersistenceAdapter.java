package io.dompet.adapter.persistence;

import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores wallets in the {@code wallet} table. */
public class WalletPersistenceAdapter implements LoadWalletPort {

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
}

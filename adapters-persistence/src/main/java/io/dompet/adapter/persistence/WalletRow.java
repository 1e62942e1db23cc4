package io.dompet.adapter.persistence;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.math.BigDecimal;
import java.util.Currency;

/** One row of the {@code wallet} table, mapped explicitly to and from the domain. */
record WalletRow(String customerNumber, String customerName, BigDecimal creditedTotal, String currency, long version) {

    Wallet toDomain() {
        return new Wallet(new PhoneNumber(customerNumber), customerName,
                new Money(creditedTotal, Currency.getInstance(currency)), version);
    }
}

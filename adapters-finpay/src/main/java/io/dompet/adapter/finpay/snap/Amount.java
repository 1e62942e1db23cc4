package io.dompet.adapter.finpay.snap;

import io.dompet.application.port.out.EmoneyTopUpPort.QuotedAmount;
import io.dompet.domain.shared.Money;
import org.jspecify.annotations.Nullable;

/** SNAP's amount object: {@code {"value":"10000.00","currency":"IDR"}}. */
record Amount(@Nullable String value, @Nullable String currency) {

    static Amount of(Money money) {
        return new Amount(money.toPlainString(), money.currency().getCurrencyCode());
    }

    /** An amount Finpay stated, with its value exactly as Finpay wrote it (e.g. {@code "0"}, not {@code "0.00"}). */
    static Amount of(QuotedAmount quoted) {
        return new Amount(quoted.text(), quoted.money().currency().getCurrencyCode());
    }

    /** An IDR amount with up to two decimals; anything else (another currency, garbage) is none. */
    static @Nullable Money money(@Nullable Amount amount) {
        if (amount == null || amount.value() == null) {
            return null;
        }
        if (amount.currency() != null && !amount.currency().equals(Money.IDR.getCurrencyCode())) {
            return null;
        }
        try {
            return Money.parse(amount.value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@link #money} with Finpay's own text of it, which the top-up echoes byte for byte (the fee). */
    static @Nullable QuotedAmount quoted(@Nullable Amount amount) {
        Money money = money(amount);
        return money == null || amount == null || amount.value() == null ? null
                : new QuotedAmount(money, amount.value());
    }
}

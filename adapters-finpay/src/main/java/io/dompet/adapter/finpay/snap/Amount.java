package io.dompet.adapter.finpay.snap;

import io.dompet.domain.shared.Money;
import org.jspecify.annotations.Nullable;

/** SNAP's amount object: {@code {"value":"10000.00","currency":"IDR"}}. */
record Amount(@Nullable String value, @Nullable String currency) {

    static Amount of(Money money) {
        return new Amount(money.toPlainString(), money.currency().getCurrencyCode());
    }
}

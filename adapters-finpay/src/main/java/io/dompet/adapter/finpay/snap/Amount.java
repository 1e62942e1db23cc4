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
}

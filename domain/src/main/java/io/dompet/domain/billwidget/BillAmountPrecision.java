package io.dompet.domain.billwidget;

import io.dompet.domain.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The bill amounts a bill widget can carry: any amount of money ({@link #CENTS}), or only whole rupiah
 * ({@link #WHOLE_RUPIAH}) when Finpay is configured to receive {@code billInfo.amount} as an integer
 * ({@code dompet.finpay.bill-widget.bill-amount-format=integer}). The one rule both the request validation and the
 * Finpay adapter apply.
 */
public enum BillAmountPrecision {

    CENTS,
    WHOLE_RUPIAH;

    /** Whether a bill can carry {@code amount} (absent, or without cents when only whole rupiah are allowed). */
    public boolean allows(@Nullable Money amount) {
        return this == CENTS || amount == null || amount.amount().stripTrailingZeros().scale() <= 0;
    }

    /** @throws InvalidBillWidgetException unless this precision {@linkplain #allows allows} {@code amount} */
    public void check(@Nullable Money amount) {
        if (!allows(amount)) {
            throw new InvalidBillWidgetException("billInfo.amount must be whole rupiah, without cents");
        }
    }
}

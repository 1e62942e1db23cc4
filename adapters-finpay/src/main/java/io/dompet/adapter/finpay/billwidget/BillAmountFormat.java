package io.dompet.adapter.finpay.billwidget;

import io.dompet.domain.billwidget.BillAmountPrecision;
import io.dompet.domain.shared.Money;

/**
 * How {@code billInfo.amount} is written in Generate Widget: Finpay's table asks for a string, its sample sends
 * {@code "0"} where dompet sends {@code "0.00"}; a configuration switch ({@code dompet.finpay.bill-widget.bill-amount-format})
 * until Finpay's staging environment settles it. The amounts it can write are the domain's {@link #precision()}, which
 * the web checks when it validates a request, so an amount this format cannot write is refused before anything is stored.
 */
public enum BillAmountFormat {

    /** Two decimals, {@code "15000.00"}: dompet's wire format for money, and the default. */
    DECIMAL(BillAmountPrecision.CENTS),

    /** Whole rupiah, {@code "15000"}, as Finpay's sample; an amount with cents cannot be sent. */
    INTEGER(BillAmountPrecision.WHOLE_RUPIAH);

    private final BillAmountPrecision precision;

    BillAmountFormat(BillAmountPrecision precision) {
        this.precision = precision;
    }

    /** The amounts this format can write, for the request validation. */
    public BillAmountPrecision precision() {
        return precision;
    }

    /**
     * The wire text of {@code amount}.
     *
     * @throws io.dompet.domain.billwidget.InvalidBillWidgetException if this format cannot write it (cents with
     *                                                                 {@link #INTEGER})
     */
    String format(Money amount) {
        precision.check(amount);
        return this == INTEGER ? amount.amount().toBigIntegerExact().toString() : amount.toPlainString();
    }
}

package io.dompet.sandbox.snap;

import java.math.BigDecimal;

import io.dompet.sandbox.config.SnapVariant;

/**
 * A SNAP amount object, e.g. {@code {"value":"10000.00","currency":"IDR"}}.
 *
 * @param value    a decimal with exactly two fraction digits, as text
 * @param currency {@code IDR}
 */
record Amount(String value, String currency) {

    static final String IDR = "IDR";
    static final Amount MIN = new Amount("10000.00", IDR);
    static final Amount MAX = new Amount("2000000.00", IDR);
    static final Amount FEE = new Amount("1000.00", IDR);
    static final Amount INTEGER_FEE = new Amount("1000", IDR);

    /** The fee the account inquiry answers, written as {@code format} says. */
    static Amount fee(SnapVariant.AmountFormat format) {
        return format == SnapVariant.AmountFormat.INTEGER ? INTEGER_FEE : FEE;
    }

    BigDecimal decimal() {
        return new BigDecimal(value);
    }

    /** Whether the value lies within {@link #MIN}..{@link #MAX}, both included. */
    boolean withinLimits() {
        return decimal().compareTo(MIN.decimal()) >= 0 && decimal().compareTo(MAX.decimal()) <= 0;
    }
}

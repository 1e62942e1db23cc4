package io.dompet.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money: a non-negative {@link BigDecimal} with exactly two decimals and a currency.
 * Only Indonesian rupiah (IDR) exists for now, because Finpay moves nothing else.
 *
 * <p>On the wire an amount is a decimal string with two decimals ({@code "50000.00"}); {@link #parse(String)}
 * accepts zero, one or two decimals and refuses anything else, so no rounding ever happens silently.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency IDR = Currency.getInstance("IDR");
    public static final int SCALE = 2;
    /** Largest number of digits before the decimal point (the database keeps {@code numeric(17,2)}). */
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE), IDR);

    /** The decimal text {@link #parse(String)} takes, as a regular expression: up to 15 digits, up to 2 decimals. */
    public static final String DECIMAL_TEXT = "\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{1," + SCALE + "})?";

    private static final Pattern DECIMAL = Pattern.compile(DECIMAL_TEXT);

    public Money {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        if (!IDR.equals(currency)) {
            throw new InvalidMoneyException("currency must be IDR, was " + currency.getCurrencyCode());
        }
        // Every check works on precision and scale only, before any rescaling, and no message renders the
        // amount: an amount such as 1E+1000000000 from a careless caller must not cost a billion digits.
        if (amount.signum() < 0) {
            throw new InvalidMoneyException("amount must not be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new InvalidMoneyException("amount must have at most two decimals");
        }
        if (stripped.signum() != 0 && stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidMoneyException("amount must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** An IDR amount; refuses negatives and more than two decimals. */
    public static Money idr(BigDecimal amount) {
        return new Money(amount, IDR);
    }

    /** An IDR amount of whole rupiah. */
    public static Money idr(long rupiah) {
        return idr(BigDecimal.valueOf(rupiah));
    }

    /**
     * Parses a decimal string such as {@code "50000"}, {@code "50000.0"} or {@code "50000.00"} as IDR.
     * Only ASCII digits with an optional dot followed by one or two digits are accepted; leading zeros are
     * harmless ({@code "007"} is {@code 7.00}). Refuses signs, exponents, thousands separators, whitespace,
     * a dot without digits on both sides, non-ASCII digits, more than two decimals (nothing is ever rounded)
     * and more than 15 integer digits. The message names the problem and does not repeat the input.
     *
     * @throws InvalidMoneyException if {@code text} is not such an amount
     */
    public static Money parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidMoneyException("amount is missing");
        }
        if (!DECIMAL.matcher(text).matches()) {
            if (text.matches("-\\d+(\\.\\d+)?")) {
                throw new InvalidMoneyException("amount must not be negative");
            }
            if (text.matches("\\d+\\.\\d{3,}")) {
                throw new InvalidMoneyException("amount must have at most two decimals");
            }
            if (text.matches("\\d{16,}(\\.\\d{1,2})?")) {
                throw new InvalidMoneyException("amount must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
            }
            throw new InvalidMoneyException("amount must be a decimal number such as 50000.00");
        }
        return idr(new BigDecimal(text));
    }

    /** The sum; refuses a sum with more than {@value #MAX_INTEGER_DIGITS} integer digits. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** The wire form: plain digits with two decimals, e.g. {@code "50000.00"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other amount must not be null");
        if (!currency.equals(other.currency)) {
            throw new InvalidMoneyException("cannot combine " + currency + " with " + other.currency);
        }
    }
}

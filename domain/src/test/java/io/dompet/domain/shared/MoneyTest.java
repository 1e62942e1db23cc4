package io.dompet.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"50000", "50000.0", "50000.00", "050000.00"})
    void parsesZeroOneOrTwoDecimalsToTheSameAmount(String text) {
        Money money = Money.parse(text);

        assertThat(money).isEqualTo(Money.idr(50_000));
        assertThat(money.amount()).isEqualByComparingTo("50000").hasScaleOf(2);
        assertThat(money.currency()).isEqualTo(Money.IDR);
    }

    @ParameterizedTest
    @CsvSource({
            "0,                  0.00",
            "0.5,                0.50",
            "0.05,               0.05",
            "1,                  1.00",
            "10000.1,            10000.10",
            "50000,              50000.00",
            "999999999999999.99, 999999999999999.99",
    })
    void rendersPlainDigitsWithExactlyTwoDecimals(String text, String rendered) {
        assertThat(Money.parse(text).toPlainString()).isEqualTo(rendered);
    }

    @Test
    void equalityDoesNotDependOnTheScaleItWasBuiltWith() {
        Money fromWholeNumber = Money.idr(new BigDecimal("5"));
        Money fromOneDecimal = Money.idr(new BigDecimal("5.0"));
        Money fromThreeZeroDecimals = Money.idr(new BigDecimal("5.000"));
        Money fromExponent = Money.idr(new BigDecimal("0.5E+1"));

        assertThat(fromWholeNumber).isEqualTo(Money.parse("5.00")).hasSameHashCodeAs(Money.parse("5.00"));
        assertThat(fromOneDecimal).isEqualTo(Money.parse("5.00")).hasSameHashCodeAs(Money.parse("5.00"));
        assertThat(fromThreeZeroDecimals).isEqualTo(Money.idr(5));
        assertThat(fromExponent).isEqualTo(Money.idr(5));
        assertThat(Money.idr(new BigDecimal("5E+3"))).isEqualTo(Money.idr(5_000));
        assertThat(fromExponent.amount()).hasScaleOf(2);
    }

    @Test
    void zeroIsZeroRupiahWithTwoDecimals() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ZERO).isEqualTo(Money.idr(0)).isEqualTo(Money.parse("0"));
        assertThat(Money.ZERO.toPlainString()).isEqualTo("0.00");
        assertThat(Money.ZERO.currency().getCurrencyCode()).isEqualTo("IDR");
        assertThat(Money.idr(new BigDecimal("0.01")).isZero()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "-5|must not be negative",
            "-0|must not be negative",
            "-5.00|must not be negative",
            "5.001|at most two decimals",
            "5.000|at most two decimals",
            "0.125|at most two decimals",
            "1234567890123456|at most 15 digits before the decimal point",
            "1000000000000000.00|at most 15 digits before the decimal point",
            "'   '|must be a decimal number",
            "' 5'|must be a decimal number",
            "'5 '|must be a decimal number",
            "5 000|must be a decimal number",
            "abc|must be a decimal number",
            "5O|must be a decimal number",
            "1e5|must be a decimal number",
            "1E5|must be a decimal number",
            "+5|must be a decimal number",
            "5.|must be a decimal number",
            ".5|must be a decimal number",
            "5..0|must be a decimal number",
            "5.0.0|must be a decimal number",
            "50,000|must be a decimal number",
            "50.000,00|must be a decimal number",
            "50000,00|must be a decimal number",
            "1_000|must be a decimal number",
            "0x10|must be a decimal number",
            "NaN|must be a decimal number",
            "Infinity|must be a decimal number",
            "Rp50000|must be a decimal number",
            "50000 IDR|must be a decimal number",
            "５００００|must be a decimal number",
            "٥٠٠٠٠|must be a decimal number",
            "५००००|must be a decimal number",
            "--5|must be a decimal number",
            "5-|must be a decimal number",
    })
    void parseRefusesAnythingButAPlainNonNegativeDecimalWithAtMostTwoDecimals(String text, String problem) {
        InvalidMoneyException refused = catchThrowableOfType(InvalidMoneyException.class, () -> Money.parse(text));

        assertThat(refused).as("refusal of the input").isNotNull();
        assertThat(refused.getMessage()).contains(problem);
    }

    @Test
    void parseRefusesAnEmptyStringAsMissing() {
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.parse("")))
                .hasMessage("amount is missing");
    }

    @Test
    @SuppressWarnings("DataFlowIssue")
    void parseRefusesNullAsMissing() {
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.parse(null)))
                .hasMessage("amount is missing");
    }

    @Test
    void acceptsFifteenIntegerDigitsButNotSixteen() {
        assertThat(Money.parse("999999999999999.99").amount()).isEqualByComparingTo("999999999999999.99");
        assertThat(Money.idr(999_999_999_999_999L).toPlainString()).isEqualTo("999999999999999.00");
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(1_000_000_000_000_000L)))
                .hasMessageContaining("at most 15 digits");
    }

    @Test
    @Timeout(5)
    void refusesAbsurdExponentsCheaplyWithoutExpandingThem() {
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(new BigDecimal("1E+1000000000"))))
                .hasMessageContaining("at most 15 digits");
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(new BigDecimal("1E-1000000000"))))
                .hasMessage("amount must have at most two decimals");
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(new BigDecimal("-1E+1000000000"))))
                .hasMessage("amount must not be negative");
    }

    @Test
    void zeroWrittenWithAnyExponentIsZero() {
        assertThat(Money.idr(new BigDecimal("0E+100"))).isEqualTo(Money.ZERO);
        assertThat(Money.idr(new BigDecimal("0E-100"))).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "-50000.00"})
    void refusesNegativeAmounts(String amount) {
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(new BigDecimal(amount))))
                .hasMessageContaining("must not be negative");
    }

    @Test
    void refusesNegativeWholeRupiah() {
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(-1)))
                .hasMessageContaining("must not be negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "5.005", "1E-3", "50000.0000001"})
    void refusesMoreThanTwoDecimalsInsteadOfRounding(String amount) {
        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(new BigDecimal(amount))))
                .hasMessageContaining("at most two decimals");
    }

    @Test
    void refusesAnyCurrencyButRupiah() {
        assertThat(catchThrowableOfType(InvalidMoneyException.class,
                () -> new Money(BigDecimal.ONE, Currency.getInstance("USD"))))
                .hasMessageContaining("currency must be IDR");
    }

    @Test
    @SuppressWarnings("DataFlowIssue")
    void refusesNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Money(null, Money.IDR));
        assertThatNullPointerException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
        assertThatNullPointerException().isThrownBy(() -> Money.idr(1).plus(null));
    }

    @Test
    void addsAmounts() {
        assertThat(Money.parse("10000.50").plus(Money.parse("0.75"))).isEqualTo(Money.parse("10001.25"));
        assertThat(Money.idr(50_000).plus(Money.ZERO)).isEqualTo(Money.idr(50_000));
    }

    @Test
    void refusesASumWithMoreThanFifteenIntegerDigits() {
        Money largest = Money.parse("999999999999999.99");

        assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> largest.plus(Money.parse("0.01"))))
                .hasMessageContaining("at most 15 digits");
    }

    @Test
    void comparesByAmount() {
        Money small = Money.parse("9999.99");
        Money large = Money.idr(10_000);

        assertThat(small).isLessThan(large);
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isLessThan(small)).isFalse();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(large)).isFalse();
        assertThat(large.isLessThan(Money.parse("10000.00"))).isFalse();
        assertThat(large.isGreaterThan(Money.parse("10000.0"))).isFalse();
        assertThat(large.compareTo(Money.parse("10000"))).isZero();
    }

    @Test
    void printsTheAmountWithItsCurrency() {
        assertThat(Money.idr(50_000)).hasToString("50000.00 IDR");
    }
}

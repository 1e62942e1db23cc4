package io.dompet.domain.billwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillAmountPrecisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"150000.50", "0.01", "1.10"})
    void wholeRupiahRefusesAnAmountWithCentsNamingTheFieldAndCentsTakesIt(String amount) {
        Money money = Money.parse(amount);

        assertThat(BillAmountPrecision.WHOLE_RUPIAH.allows(money)).isFalse();
        assertThatThrownBy(() -> BillAmountPrecision.WHOLE_RUPIAH.check(money))
                .isInstanceOf(InvalidBillWidgetException.class)
                .hasMessage("billInfo.amount must be whole rupiah, without cents");
        assertThat(BillAmountPrecision.CENTS.allows(money)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150000", "150000.00", "0", "10"})
    void wholeRupiahTakesAmountsWithoutCents(String amount) {
        assertThatCode(() -> BillAmountPrecision.WHOLE_RUPIAH.check(Money.parse(amount))).doesNotThrowAnyException();
        assertThatCode(() -> BillAmountPrecision.WHOLE_RUPIAH.check(null)).doesNotThrowAnyException();
    }
}

package io.dompet.domain.shared;

import static io.dompet.domain.shared.ForAll.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyProperties {

    /** Largest amount in cents: 15 integer digits and two decimals. */
    private static final long MAX_CENTS = 99_999_999_999_999_999L;

    @Test
    void everyAmountRendersWithExactlyTwoDecimalsAndParsesBackToItself() {
        check(MoneyProperties::anyCents, cents -> {
            Money money = Money.idr(BigDecimal.valueOf(cents, 2));
            assertThat(money.toPlainString()).matches("(0|[1-9][0-9]{0,14})\\.[0-9]{2}");
            assertThat(money.amount().scale()).isEqualTo(2);
            assertThat(Money.parse(money.toPlainString())).isEqualTo(money);
        });
    }

    @Test
    void everyWholeRupiahAmountRendersWithTwoZeroDecimals() {
        check(random -> anyCents(random) / 100, rupiah ->
                assertThat(Money.idr(rupiah).toPlainString()).isEqualTo(rupiah + ".00"));
    }

    @Test
    void trailingZeroDecimalsDoNotChangeTheAmountOrItsEquality() {
        check(MoneyProperties::anyCents, cents -> {
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            Money canonical = Money.idr(amount);
            for (BigDecimal other : new BigDecimal[] {
                    amount.stripTrailingZeros(), amount.setScale(3), amount.setScale(6)}) {
                assertThat(Money.idr(other)).isEqualTo(canonical).hasSameHashCodeAs(canonical);
                assertThat(Money.parse(amount.stripTrailingZeros().toPlainString())).isEqualTo(canonical);
            }
        });
    }

    @Test
    void additionIsCommutativeAndAssociativeAndZeroIsItsIdentity() {
        check(random -> new long[] {anySummand(random), anySummand(random), anySummand(random)}, cents -> {
            Money a = Money.idr(BigDecimal.valueOf(cents[0], 2));
            Money b = Money.idr(BigDecimal.valueOf(cents[1], 2));
            Money c = Money.idr(BigDecimal.valueOf(cents[2], 2));
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
            assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
            assertThat(a.plus(Money.ZERO)).isEqualTo(a);
            assertThat(a.plus(b)).isEqualTo(Money.idr(BigDecimal.valueOf(cents[0] + cents[1], 2)));
        });
    }

    @Test
    void comparisonAgreesWithTheAmountInCents() {
        check(random -> new long[] {anyCents(random), random.nextBoolean() ? anyCents(random) : -1}, cents -> {
            long left = cents[0];
            long right = cents[1] < 0 ? left : cents[1];
            Money a = Money.idr(BigDecimal.valueOf(left, 2));
            Money b = Money.idr(BigDecimal.valueOf(right, 2));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(Long.compare(left, right)));
            assertThat(a.isLessThan(b)).isEqualTo(left < right);
            assertThat(a.isGreaterThan(b)).isEqualTo(left > right);
            assertThat(a.equals(b)).isEqualTo(left == right);
            assertThat(a.isZero()).isEqualTo(left == 0);
        });
    }

    @Test
    void parseRefusesEveryAmountWithThreeOrMoreDecimals() {
        check(random -> String.valueOf(anyCents(random) / 100) + "." + ForAll.digits(random, 3 + random.nextInt(6)),
                text -> assertThat(refusalOf(text)).contains("at most two decimals"));
    }

    @Test
    void buildingFromAnAmountWithANonZeroThirdDecimalIsRefused() {
        check(random -> BigDecimal.valueOf(anyCents(random), 2).add(BigDecimal.valueOf(1 + random.nextInt(9), 3)),
                amount -> assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.idr(amount)))
                        .hasMessageContaining("at most two decimals"));
    }

    @Test
    void parseRefusesEveryNegativeAmount() {
        check(random -> "-" + Money.idr(BigDecimal.valueOf(anyCents(random), 2)).toPlainString(),
                text -> assertThat(refusalOf(text)).contains("must not be negative"));
    }

    @Test
    void parseRefusesAnAmountWithAnyForeignCharacterInserted() {
        check(random -> {
            String plain = Money.idr(BigDecimal.valueOf(anyCents(random), 2)).toPlainString();
            String foreign = ForAll.oneOf(random, " ", ",", "_", "+", "-", "e", "E", "x", "'", "\u00a0", "\t",
                    "\n", "０", "٣", "३", "\u200b", "Rp", "..", "/");
            int at = random.nextInt(plain.length() + 1);
            return plain.substring(0, at) + foreign + plain.substring(at);
        }, text -> assertThat(catchThrowableOfType(InvalidMoneyException.class, () -> Money.parse(text)))
                .as("refusal of the input").isNotNull());
    }

    private static String refusalOf(String text) {
        InvalidMoneyException refused = catchThrowableOfType(InvalidMoneyException.class, () -> Money.parse(text));
        assertThat(refused).as("refusal of the input").isNotNull();
        return refused.getMessage();
    }

    /** Cents of any valid amount, spread over all magnitudes, with the edges drawn often. */
    private static long anyCents(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> MAX_CENTS;
            case 2 -> random.nextInt(100);
            default -> {
                int digits = 1 + random.nextInt(17);
                yield Long.parseLong(ForAll.digits(random, digits));
            }
        };
    }

    /** Cents small enough that three of them sum to a valid amount. */
    private static long anySummand(Random random) {
        return anyCents(random) / 3;
    }
}

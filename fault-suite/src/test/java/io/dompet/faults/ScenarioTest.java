package io.dompet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScenarioTest {

    /** The sandbox's test-customer suffixes: a "normal" customer must end in none of them. */
    private static final List<String> SUFFIXES = List.of("0001", "0002", "0003", "0004", "0005", "0006", "0007",
            "0008", "0009", "0010", "0011");

    @Test
    void normalCustomersAreNoTestCustomersAndFaultyOnesEndWithTheirSuffix() {
        for (int i = 0; i < 1000; i++) {
            String normal = Scenario.normal(i);
            assertThat(normal).matches("08\\d{10}");
            assertThat(SUFFIXES).noneMatch(normal::endsWith);
            assertThat(Scenario.faulty(i, "0009")).matches("08\\d{6}0009");
        }
    }

    @Test
    void amountsLieWithinFinpaysLimitsWithTwoDecimals() {
        for (int i = 0; i < 200; i++) {
            BigDecimal amount = new BigDecimal(Scenario.amount(i));
            assertThat(amount.scale()).isEqualTo(2);
            assertThat(amount).isBetween(new BigDecimal("10000.00"), new BigDecimal("2000000.00"));
        }
    }

    @Test
    void everyScenarioHasItsOwnLetter() {
        assertThat(List.of(Scenario.values())).extracting(Scenario::letter).containsExactly("a", "b", "c", "d", "e", "f");
    }
}

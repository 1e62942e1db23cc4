package io.dompet.domain.wallet;

import static io.dompet.domain.shared.ForAll.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalletProperties {

    private record Scenario(Wallet stored, List<Long> creditsInCents) {
    }

    @Test
    void anySequenceOfCreditsAddsUpToTheirSumAndKeepsCustomerAndVersion() {
        check(random -> {
            long version = random.nextInt(4) == 0 ? 0 : random.nextLong(Long.MAX_VALUE);
            long startCents = random.nextLong(1_000_000_000_00L);
            Wallet stored = new Wallet(PhoneNumbers.any(random), random.nextBoolean() ? "BU*** SA****" : null,
                    Money.idr(BigDecimal.valueOf(startCents, 2)), version);
            List<Long> credits = new ArrayList<>();
            for (int i = random.nextInt(20); i > 0; i--) {
                credits.add(random.nextLong(100_000_000_00L));
            }
            return new Scenario(stored, credits);
        }, scenario -> {
            Wallet wallet = scenario.stored();
            long expectedCents = scenario.stored().creditedTotal().amount().movePointRight(2).longValueExact();
            for (long cents : scenario.creditsInCents()) {
                wallet = wallet.credit(Money.idr(BigDecimal.valueOf(cents, 2)));
                expectedCents += cents;
            }
            assertThat(wallet.creditedTotal()).isEqualTo(Money.idr(BigDecimal.valueOf(expectedCents, 2)));
            assertThat(wallet.customerNumber()).isEqualTo(scenario.stored().customerNumber());
            assertThat(wallet.customerName()).isEqualTo(scenario.stored().customerName());
            assertThat(wallet.version()).isEqualTo(scenario.stored().version());
        });
    }

    @Test
    void creditingInAnyOrderReachesTheSameWallet() {
        check(random -> new long[] {random.nextLong(100_000_000_00L), random.nextLong(100_000_000_00L)}, cents -> {
            Wallet opened = Wallet.open(PhoneNumbers.example(), null);
            Money first = Money.idr(BigDecimal.valueOf(cents[0], 2));
            Money second = Money.idr(BigDecimal.valueOf(cents[1], 2));
            assertThat(opened.credit(first).credit(second)).isEqualTo(opened.credit(second).credit(first));
        });
    }
}

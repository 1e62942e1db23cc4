package io.dompet.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.shared.PhoneNumbers;
import org.junit.jupiter.api.Test;

class WalletTest {

    private static final PhoneNumber CUSTOMER = PhoneNumbers.example();

    @Test
    void anOpenedWalletHasCreditedNothingAndIsAtVersionZero() {
        Wallet wallet = Wallet.open(CUSTOMER, "BU*** SA****");

        assertThat(wallet.customerNumber()).isEqualTo(CUSTOMER);
        assertThat(wallet.customerName()).isEqualTo("BU*** SA****");
        assertThat(wallet.name()).contains("BU*** SA****");
        assertThat(wallet.creditedTotal()).isEqualTo(Money.ZERO);
        assertThat(wallet.version()).isZero();
    }

    @Test
    void aWalletMayBeOpenedBeforeFinpayHasToldUsTheName() {
        Wallet wallet = Wallet.open(CUSTOMER, null);

        assertThat(wallet.customerName()).isNull();
        assertThat(wallet.name()).isEmpty();
    }

    @Test
    void creditAddsTheAmountToTheCreditedTotal() {
        Wallet wallet = Wallet.open(CUSTOMER, "BU*** SA****")
                .credit(Money.idr(50_000))
                .credit(Money.parse("10000.50"));

        assertThat(wallet.creditedTotal()).isEqualTo(Money.parse("60000.50"));
    }

    @Test
    void creditLeavesTheOriginalWalletUnchanged() {
        Wallet before = Wallet.open(CUSTOMER, "BU*** SA****");

        Wallet after = before.credit(Money.idr(50_000));

        assertThat(after).isNotSameAs(before).isNotEqualTo(before);
        assertThat(before.creditedTotal()).isEqualTo(Money.ZERO);
        assertThat(before).isEqualTo(Wallet.open(CUSTOMER, "BU*** SA****"));
    }

    @Test
    void creditKeepsTheCustomerTheNameAndTheVersionOfTheStoredRow() {
        Wallet stored = new Wallet(CUSTOMER, "BU*** SA****", Money.idr(10_000), 7);

        Wallet credited = stored.credit(Money.idr(5_000));

        assertThat(credited).isEqualTo(new Wallet(CUSTOMER, "BU*** SA****", Money.idr(15_000), 7));
    }

    @Test
    void creditingZeroChangesNothing() {
        Wallet stored = new Wallet(CUSTOMER, null, Money.idr(10_000), 3);

        assertThat(stored.credit(Money.ZERO)).isEqualTo(stored);
    }

    @Test
    void refusesANegativeVersion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Wallet(CUSTOMER, null, Money.ZERO, -1))
                .withMessageContaining("version");
    }

    @Test
    @SuppressWarnings("DataFlowIssue")
    void refusesMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> new Wallet(null, null, Money.ZERO, 0))
                .withMessageContaining("customerNumber");
        assertThatNullPointerException().isThrownBy(() -> new Wallet(CUSTOMER, null, null, 0))
                .withMessageContaining("creditedTotal");
        assertThatNullPointerException().isThrownBy(() -> Wallet.open(CUSTOMER, null).credit(null))
                .withMessageContaining("amount");
    }

    @Test
    void printsTheCustomerNumberOnlyMasked() {
        Wallet wallet = Wallet.open(CUSTOMER, "BU*** SA****");

        assertThat(wallet.toString()).contains("0812******90")
                .doesNotContain(CUSTOMER.local())
                .doesNotContain(CUSTOMER.international());
    }
}

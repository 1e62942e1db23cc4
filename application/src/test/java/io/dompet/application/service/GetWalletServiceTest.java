package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import org.junit.jupiter.api.Test;

class GetWalletServiceTest {

    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final GetWalletService service = new GetWalletService(wallets);

    @Test
    void aWalletThisMerchantNeverCreditedIsEmpty() {
        assertThat(service.getWallet(PhoneNumber.parse("081234567890"))).isEmpty();
    }

    @Test
    void aKnownWalletIsFoundWhicheverFormatTheNumberWasGivenIn() {
        Wallet stored = Wallet.open(PhoneNumber.parse("081234567890"), "Bu di Sa**").credit(Money.parse("50000"));
        wallets.with(stored);

        assertThat(service.getWallet(PhoneNumber.parse("+62 812-3456-7890"))).contains(stored);
    }
}

package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryBillWidgets;
import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InMemoryWidgetSessions;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.port.in.WalletResult;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");

    private final InMemoryWalletStore wallets = new InMemoryWalletStore();
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore();
    private final QueryService service = new QueryService(topUps, wallets, new InMemoryWidgetSessions(),
            new InMemoryBillWidgets(), new InlineTransactions(), Clock.systemUTC());

    @Test
    void aWalletThisMerchantNeverCreditedIsEmpty() {
        assertThat(service.getWallet(CUSTOMER)).isEmpty();
    }

    @Test
    void aKnownWalletComesWithItsLatestTwentyTopUpsNewestFirst() {
        wallets.with(Wallet.open(CUSTOMER, "Bu di Sa**").credit(Money.parse("50000")));
        Instant start = Instant.parse("2026-11-24T05:00:00Z");
        for (int i = 0; i < 25; i++) {
            topUps.given(TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new ApiClient("backoffice"), new IdempotencyKey("k" + i),
                    new PartnerReferenceNo("P" + i), CUSTOMER, Money.parse("10000"), start.plusSeconds(i)));
        }

        WalletResult result = service.getWallet(PhoneNumber.parse("+62 812-3456-7890")).orElseThrow();

        assertThat(result.wallet().creditedTotal()).isEqualTo(Money.parse("50000.00"));
        assertThat(result.latestTopUps()).hasSize(20);
        assertThat(result.latestTopUps().get(0).createdAt()).isEqualTo(start.plusSeconds(24));
        assertThat(result.latestTopUps().get(19).createdAt()).isEqualTo(start.plusSeconds(5));
    }
}

package io.dompet.adapter.web.wallet;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.KNOWN_CUSTOMER;
import static io.dompet.adapter.web.WebAdapterTestApplication.UNKNOWN_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.adapter.web.topup.TopUps;
import io.dompet.application.port.in.WalletResult;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.wallet.Wallet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class WalletControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult getWallet(String customerNumber) {
        return mvc.get().uri("/api/v1/wallets/{customerNumber}", customerNumber).header("X-API-Key", ACME_KEY).exchange();
    }

    @Test
    void aKnownWalletIsShownWithItsMaskedNumberAndATwoDecimalTotal() {
        MvcTestResult result = getWallet(KNOWN_CUSTOMER);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {"customerNumber": "0812******90", "customerName": "BU** SAN***", "creditedTotal": "150000.00", "topUps": [], "livemode": false}
                """, JsonCompareMode.STRICT);
    }

    @Test
    void aWalletHistoryShowsTheChannelOfATopUpFinpayNotified() {
        Wallet wallet = Wallet.open(PhoneNumber.parse(KNOWN_CUSTOMER), null).credit(Money.parse("50000"));
        fakes.walletReads.answers(number -> Optional.of(new WalletResult(wallet, List.of(TopUps.notified("50000", "alfamart")))));

        MvcTestResult result = getWallet(KNOWN_CUSTOMER);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.creditedTotal").isEqualTo("50000.00");
        assertThat(result).bodyJson().extractingPath("$.topUps[0].channel").isEqualTo("alfamart");
        assertThat(result).bodyJson().extractingPath("$.topUps[0].amount").isEqualTo("50000.00");
    }

    @Test
    void aWalletListsItsLatestTopUpsNewestFirstAsTheTopUpResourceShowsThem() {
        TopUp older = TopUps.succeeded("150000");
        TopUp newer = TopUp.requestDirect(TopUpId.parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                TopUps.CLIENT, new IdempotencyKey("order-4712"), new PartnerReferenceNo("DPT8R3N0Y5L2"),
                PhoneNumber.parse(KNOWN_CUSTOMER), Money.parse("20000"), Instant.parse("2024-04-18T01:00:00Z"));
        Wallet wallet = Wallet.open(PhoneNumber.parse(KNOWN_CUSTOMER), "BU** SAN***").credit(Money.parse("150000"));
        fakes.walletReads.answers(number -> Optional.of(new WalletResult(wallet, List.of(newer, older))));

        MvcTestResult result = getWallet(KNOWN_CUSTOMER);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "customerNumber": "0812******90",
                  "customerName": "BU** SAN***",
                  "creditedTotal": "150000.00",
                  "topUps": [
                    {
                      "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                      "status": "REQUESTED",
                      "customerNumber": "0812******90",
                      "customerName": null,
                      "amount": "20000.00",
                      "fee": null,
                      "partnerReferenceNo": "DPT8R3N0Y5L2",
                      "referenceNo": null,
                      "channel": null,
                      "client": "acme",
                      "failure": null,
                      "needsReview": false,
                      "createdAt": "2024-04-18T01:00:00Z",
                      "updatedAt": "2024-04-18T01:00:00Z",
                      "livemode": false
                    },
                    {
                      "id": "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f",
                      "status": "SUCCEEDED",
                      "customerNumber": "0812******90",
                      "customerName": "BU** SAN***",
                      "amount": "150000.00",
                      "fee": "1000.00",
                      "partnerReferenceNo": "DPT7Q2M9X4K1",
                      "referenceNo": "2024041712033800001",
                      "channel": null,
                      "client": "acme",
                      "failure": null,
                      "needsReview": false,
                      "createdAt": "2024-04-17T05:03:38Z",
                      "updatedAt": "2024-04-17T05:03:39.250Z",
                      "livemode": false
                    }
                  ],
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
        assertThat(result).bodyText().doesNotContain(KNOWN_CUSTOMER).doesNotContain("6281234567890");
    }

    @Test
    void readingAWalletWithoutAnApiKeyIsUnauthorizedAndReachesNoQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/wallets/{customerNumber}", KNOWN_CUSTOMER).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.walletReads.calls()).isEmpty();
    }

    @Test
    void aKnownWalletIsFoundWhicheverAcceptedFormItsNumberIsGivenIn() {
        assertThat(getWallet("6281234567890")).hasStatusOk();
        assertThat(getWallet("+62 812-3456-7890")).hasStatusOk();
    }

    @Test
    void theResponseNeverCarriesTheFullNumber() {
        assertThat(getWallet(KNOWN_CUSTOMER)).bodyText().doesNotContain(KNOWN_CUSTOMER).doesNotContain("6281234567890");
    }

    @Test
    void anUnknownWalletIsAWalletNotFoundProblemShowingOnlyTheMaskedNumber() {
        MvcTestResult result = getWallet(UNKNOWN_CUSTOMER);

        assertProblem(result, HttpStatus.NOT_FOUND, "wallet-not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("0898******10");
        assertThat(result).bodyText().doesNotContain(UNKNOWN_CUSTOMER).doesNotContain("89876543210");
    }

    @Test
    void aCustomerNumberThatIsNotAPhoneNumberIsAnInvalidRequestNamingTheField() {
        MvcTestResult result = getWallet("abc");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerNumber");
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().hasSize(1);
        assertThat(result).bodyText().doesNotContain("abc");
    }

    @Test
    void aLandlineIsAnInvalidRequestNamingTheFieldWithoutEchoingTheNumber() {
        MvcTestResult result = getWallet("0215551234");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerNumber");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("landline");
        assertThat(result).bodyText().doesNotContain("0215551234");
    }

    @Test
    void deletingAWalletIsAMethodNotAllowedProblem() {
        MvcTestResult result = mvc.delete().uri("/api/v1/wallets/{customerNumber}", KNOWN_CUSTOMER)
                .header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
        assertThat(result).hasHeader("Allow", "GET");
        assertThat(result).bodyText().doesNotContain(KNOWN_CUSTOMER);
    }

    @Test
    void aProblemIsAnsweredAsProblemJsonEvenToAClientAcceptingOnlyJson() {
        MvcTestResult result = mvc.get().uri("/api/v1/wallets/{customerNumber}", UNKNOWN_CUSTOMER)
                .header("X-API-Key", ACME_KEY).accept(MediaType.APPLICATION_JSON).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "wallet-not-found");
    }
}

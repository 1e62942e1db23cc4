package io.dompet.adapter.web.topup;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.topup.TopUps.CUSTOMER;
import static io.dompet.adapter.web.topup.TopUps.ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.domain.topup.TopUpId;
import java.util.Map;
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
class TopUpControllerReadTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult getTopUp(String id) {
        return mvc.get().uri("/api/v1/top-ups/{id}", id).header("X-API-Key", ACME_KEY).exchange();
    }

    @Test
    void aKnownTopUpIsShownWithEveryMember() {
        fakes.topUpReads.answers(id -> Optional.of(TopUps.failed("75000.5", "4033802", "Exceeds Transaction Amount Limit")));

        MvcTestResult result = getTopUp(ID);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f",
                  "status": "FAILED",
                  "customerNumber": "0812******90",
                  "customerName": "BU** SAN***",
                  "amount": "75000.50",
                  "fee": "1000.00",
                  "partnerReferenceNo": "DPT7Q2M9X4K1",
                  "referenceNo": null,
                  "channel": null,
                  "client": "acme",
                  "failure": {"code": "4033802", "message": "Exceeds Transaction Amount Limit"},
                  "needsReview": false,
                  "createdAt": "2024-04-17T05:03:38Z",
                  "updatedAt": "2024-04-17T05:03:39.250Z",
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
        assertThat(result).bodyText().doesNotContain(CUSTOMER).doesNotContain("81234567890");
        assertThat(fakes.topUpReads.calls()).containsExactly(TopUpId.parse(ID));
    }

    @Test
    void aTopUpNotifiedByFinpayShowsTheChannelTheCustomerPaidThrough() {
        fakes.topUpReads.answers(id -> Optional.of(TopUps.notified("50000", "vabca")));

        MvcTestResult result = getTopUp(ID);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.channel").isEqualTo("vabca");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
        assertThat(result).bodyJson().extractingPath("$.referenceNo").isEqualTo(TopUps.FINPAY_REFERENCE_NO);
        assertThat(result).bodyJson().extractingPath("$.partnerReferenceNo").isNull();
        assertThat(result).bodyText().doesNotContain(CUSTOMER).doesNotContain("81234567890");
    }

    @Test
    void aMerchantFundedTopUpHasANullChannel() {
        fakes.topUpReads.answers(id -> Optional.of(TopUps.succeeded("50000")));

        MvcTestResult result = getTopUp(ID);

        assertThat(result).bodyJson().hasPath("$.channel");
        assertThat(result).bodyJson().extractingPath("$.channel").isNull();
    }

    @Test
    void aTopUpFlaggedForReviewSaysSo() {
        fakes.topUpReads.answers(id -> Optional.of(TopUps.pending("50000")
                .checkedWithoutOutcome(TopUps.UPDATED.plusSeconds(600), true, TopUps.UPDATED)));

        MvcTestResult result = getTopUp(ID);

        assertThat(result).bodyJson().extractingPath("$.needsReview").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
    }

    @Test
    void anUnknownTopUpIsATopUpNotFoundProblem() {
        MvcTestResult result = getTopUp("7c9e6679-7425-40de-944b-e07fc1f90ae7");

        assertProblem(result, HttpStatus.NOT_FOUND, "top-up-not-found");
    }

    @Test
    void anIdThatIsNotAUuidIsAnInvalidRequestNamingTheIdAndReachesNoQuery() {
        MvcTestResult result = getTopUp("42");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors").isEqualTo(
                java.util.List.of(Map.of("field", "id", "message", "top-up id must be a UUID")));
        assertThat(fakes.topUpReads.calls()).isEmpty();
    }

    @Test
    void readingATopUpWithoutAnApiKeyIsUnauthorizedAndReachesNoQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/top-ups/{id}", ID).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.topUpReads.calls()).isEmpty();
    }
}

package io.dompet.adapter.web.topupwidget;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.topupwidget.Widgets.CUSTOMER;
import static io.dompet.adapter.web.topupwidget.Widgets.ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.adapter.web.topup.TopUps;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.util.List;
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
class TopUpWidgetControllerReadTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult getWidget(String id) {
        return mvc.get().uri("/api/v1/top-up-widgets/{id}", id).header("X-API-Key", ACME_KEY).exchange();
    }

    private void readsAs(TopUpWidgetSession session, TopUpWidgetStatus status, Optional<TopUp> topUp) {
        fakes.widgetReads.answers(id -> Optional.of(new TopUpWidgetResult(session, status, topUp)));
    }

    private static void assertNoFullPhoneNumber(MvcTestResult result) {
        assertThat(result).bodyText().doesNotContain(CUSTOMER).doesNotContain("81234567890");
    }

    @Test
    void anOpenWidgetIsShownWithEveryMemberAndNoTopUpYet() {
        readsAs(Widgets.open(), TopUpWidgetStatus.OPEN, Optional.empty());

        MvcTestResult result = getWidget(ID);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "5f0c2a9e-8b1d-4c3e-9a7f-1e2d3c4b5a69",
                  "transNumber": "DPW7Q2M9X4K1",
                  "phoneNumber": "0812******90",
                  "widgetUrl": "https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=0606823ebb919f12480d134564aff352",
                  "status": "OPEN",
                  "issuedAt": "2024-04-17T05:03:39.250Z",
                  "topUp": null,
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
        assertNoFullPhoneNumber(result);
        assertThat(fakes.widgetReads.calls()).containsExactly(TopUpWidgetSessionId.parse(ID));
    }

    @Test
    void aCompletedWidgetShowsTheTopUpTheCustomerPaidWithItsAmountChannelAndFinpaysReference() {
        TopUp topUp = TopUps.notified("50000", "vabca");
        readsAs(Widgets.completedBy(topUp), TopUpWidgetStatus.COMPLETED, Optional.of(topUp));

        MvcTestResult result = getWidget(ID);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "5f0c2a9e-8b1d-4c3e-9a7f-1e2d3c4b5a69",
                  "transNumber": "DPW7Q2M9X4K1",
                  "phoneNumber": "0812******90",
                  "widgetUrl": "https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=0606823ebb919f12480d134564aff352",
                  "status": "COMPLETED",
                  "issuedAt": "2024-04-17T05:03:39.250Z",
                  "topUp": {
                    "id": "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f",
                    "amount": "50000.00",
                    "channel": "vabca",
                    "referenceNo": "2024041712033800001",
                    "status": "SUCCEEDED"
                  },
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
        assertNoFullPhoneNumber(result);
    }

    @Test
    void aWidgetPastItsLifetimeReadsWithTheStatusTheQueryGivesAsOfNow() {
        readsAs(Widgets.open(), TopUpWidgetStatus.EXPIRED, Optional.empty());

        MvcTestResult result = getWidget(ID);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("EXPIRED");
        assertThat(result).bodyJson().extractingPath("$.topUp").isNull();
    }

    @Test
    void aWidgetFinpayRefusedIsFailedWithoutAUrlOrAnIssueTime() {
        readsAs(Widgets.failed("E05", "Phone number not registered"), TopUpWidgetStatus.FAILED, Optional.empty());

        MvcTestResult result = getWidget(ID);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
        assertThat(result).bodyJson().hasPath("$.widgetUrl").hasPath("$.issuedAt").hasPath("$.topUp");
        assertThat(result).bodyJson().extractingPath("$.widgetUrl").isNull();
        assertThat(result).bodyJson().extractingPath("$.issuedAt").isNull();
        assertNoFullPhoneNumber(result);
    }

    @Test
    void aWidgetStillWaitingForFinpayIsRequestedWithoutAUrl() {
        readsAs(Widgets.requested(), TopUpWidgetStatus.REQUESTED, Optional.empty());

        MvcTestResult result = getWidget(ID);

        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("REQUESTED");
        assertThat(result).bodyJson().extractingPath("$.widgetUrl").isNull();
    }

    @Test
    void anUnknownWidgetIsATopUpWidgetNotFoundProblem() {
        MvcTestResult result = getWidget("7c9e6679-7425-40de-944b-e07fc1f90ae7");

        assertProblem(result, HttpStatus.NOT_FOUND, "top-up-widget-not-found");
    }

    @Test
    void anIdThatIsNotAUuidIsAnInvalidRequestNamingTheIdAndReachesNoQuery() {
        MvcTestResult result = getWidget("42");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors").isEqualTo(
                List.of(Map.of("field", "id", "message", "widget session id must be a UUID")));
        assertThat(fakes.widgetReads.calls()).isEmpty();
    }

    @Test
    void readingAWidgetWithoutAnApiKeyIsUnauthorizedAndReachesNoQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/top-up-widgets/{id}", ID).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.widgetReads.calls()).isEmpty();
    }
}

package io.dompet.adapter.web.billwidget;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.billwidget.BillWidgets.BILL_NUMBER;
import static io.dompet.adapter.web.billwidget.BillWidgets.CUSTOMER_NAME;
import static io.dompet.adapter.web.billwidget.BillWidgets.ID;
import static io.dompet.adapter.web.billwidget.BillWidgets.REDIRECT_URL;
import static io.dompet.adapter.web.billwidget.BillWidgets.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.FakeUseCases.BillWidgetRead;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.in.BillWidgetResult.FinpayCheck;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.BillWidgetStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
class BillWidgetControllerReadTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult getWidget(String uri) {
        return mvc.get().uri(uri).header("X-API-Key", ACME_KEY).exchange();
    }

    private void readsAs(BillWidget widget, BillWidgetStatus status, Optional<FinpayCheck> check) {
        fakes.billWidgetReads.answers(read -> Optional.of(new BillWidgetResult(widget, status, check)));
    }

    private void assertInvalidFieldsWithoutCallingTheQuery(MvcTestResult result, String... fields) {
        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of(fields));
        assertThat(fakes.billWidgetReads.calls()).isEmpty();
    }

    @Test
    void anIssuedWidgetIsShownWithEveryMemberAndNoFinpayCheckUnlessAsked() {
        readsAs(BillWidgets.issued(), BillWidgetStatus.ISSUED, Optional.empty());

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "7d1e3f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
                  "trxId": "DPB7Q2M9X4K1",
                  "productCodes": ["080003", "100001"],
                  "redirectUrl": "https://demos.finnet.co.id/apicobrand/widget/bill.php?access=b7f3c9e1d2a4481f9e0c5a6b7d8e9f10",
                  "expiresAt": "2024-04-17T06:03:39.250Z",
                  "status": "ISSUED",
                  "finpayCheck": null,
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
        assertThat(fakes.billWidgetReads.calls()).containsExactly(new BillWidgetRead(BillWidgetId.parse(ID), false));
    }

    @Test
    void theStatusIsTheOneComputedAgainstTheClockNotTheStoredOne() {
        readsAs(BillWidgets.issued(), BillWidgetStatus.EXPIRED, Optional.empty());

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID);

        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("EXPIRED");
    }

    @Test
    void checkTrueAsksFinpayAndShowsItsAnswer() {
        readsAs(BillWidgets.issued(), BillWidgetStatus.ISSUED, Optional.of(new FinpayCheck(true, "00", "Success")));

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID + "?check=true");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.finpayCheck").isEqualTo(
                java.util.Map.of("valid", true, "code", "00", "description", "Success"));
        assertThat(fakes.billWidgetReads.calls()).containsExactly(new BillWidgetRead(BillWidgetId.parse(ID), true));
    }

    @Test
    void aTokenFinpayNoLongerAcceptsIsShownAsNotValidWithFinpaysCode() {
        readsAs(BillWidgets.issued(), BillWidgetStatus.EXPIRED,
                Optional.of(new FinpayCheck(false, "E31", "Token expired")));

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID + "?check=true");

        assertThat(result).bodyJson().extractingPath("$.finpayCheck").isEqualTo(
                java.util.Map.of("valid", false, "code", "E31", "description", "Token expired"));
    }

    @Test
    void finpaysCheckAnswerEchoingTheBillShowsTheFieldInsteadOfTheValue() {
        readsAs(BillWidgets.issued(), BillWidgetStatus.ISSUED,
                Optional.of(new FinpayCheck(false, "E40", "Bill 0001234567890 of BUDI SANTOSO already paid")));

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID + "?check=true");

        assertThat(result).bodyJson().extractingPath("$.finpayCheck.description")
                .isEqualTo("Bill [billInfo.billNumber] of [billInfo.customerName] already paid");
        assertThat(result).bodyText().doesNotContain(BILL_NUMBER).doesNotContainIgnoringCase(CUSTOMER_NAME);
    }

    @Test
    void checkFalseReadsTheWidgetWithoutAskingFinpay() {
        readsAs(BillWidgets.issued(), BillWidgetStatus.ISSUED, Optional.empty());

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID + "?check=false");

        assertThat(result).hasStatusOk();
        assertThat(fakes.billWidgetReads.calls()).containsExactly(new BillWidgetRead(BillWidgetId.parse(ID), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "TRUE", ""})
    void aCheckThatIsNeitherTrueNorFalseIsRefusedNamingIt(String check) {
        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID + "?check=" + check);

        assertInvalidFieldsWithoutCallingTheQuery(result, "check");
    }

    @Test
    void aFailedWidgetHasNoRedirectUrlAndNoExpiry() {
        readsAs(BillWidgets.failed("E12", "Biller under maintenance"), BillWidgetStatus.FAILED, Optional.empty());

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID);

        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "7d1e3f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
                  "trxId": "DPB7Q2M9X4K1",
                  "productCodes": ["080003", "100001"],
                  "redirectUrl": null,
                  "expiresAt": null,
                  "status": "FAILED",
                  "finpayCheck": null,
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
    }

    @Test
    void theWidgetTokenAppearsOnlyInsideFinpaysRedirectUrlAndTheBillNotAtAll() throws Exception {
        readsAs(BillWidgets.issued(), BillWidgetStatus.ISSUED, Optional.of(new FinpayCheck(true, "00", "Success")));

        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID + "?check=true");

        assertThat(result).bodyText().containsOnlyOnce(TOKEN);
        assertThat(result.getResponse().getContentAsString().replace(REDIRECT_URL, "")).doesNotContain(TOKEN);
        assertThat(result).bodyText().doesNotContain(BILL_NUMBER).doesNotContain(CUSTOMER_NAME)
                .doesNotContain("150000");
    }

    @Test
    void anIdThatIsNotAUuidIsRefusedNamingIt() {
        MvcTestResult result = getWidget("/api/v1/bill-widgets/not-a-uuid");

        assertInvalidFieldsWithoutCallingTheQuery(result, "id");
        assertThat(result).bodyText().doesNotContain("not-a-uuid");
    }

    @Test
    void anInvalidIdAndCheckAreNamedTogether() {
        assertInvalidFieldsWithoutCallingTheQuery(getWidget("/api/v1/bill-widgets/42?check=maybe"), "check", "id");
    }

    @Test
    void anUnknownWidgetIsABillWidgetNotFoundProblem() {
        MvcTestResult result = getWidget("/api/v1/bill-widgets/" + ID);

        assertProblem(result, HttpStatus.NOT_FOUND, "bill-widget-not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No bill widget " + ID + " is known.");
    }

    @Test
    void readingAWidgetWithoutAnApiKeyIsUnauthorizedAndReachesNoQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/bill-widgets/" + ID).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.billWidgetReads.calls()).isEmpty();
    }
}

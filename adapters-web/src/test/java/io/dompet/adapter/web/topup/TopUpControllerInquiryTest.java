package io.dompet.adapter.web.topup;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.topup.TopUps.CUSTOMER;
import static io.dompet.adapter.web.topup.TopUps.CUSTOMER_INTERNATIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.InquireTopUpCommand;
import io.dompet.application.port.in.TopUpInquiryResult;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TopUpControllerInquiryTest {

    private static final String VALID_BODY = """
            {"customerNumber": "081234567890", "amount": "50000"}
            """;
    private static final TopUpInquiryResult.Inquired INQUIRED = new TopUpInquiryResult.Inquired(
            PhoneNumber.parse(CUSTOMER), "BU** SAN***", Money.parse("1000"), "OUR",
            Money.parse("10000"), Money.parse("2000000"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult postInquiry(String body) {
        return mvc.post().uri("/api/v1/top-up-inquiries").header("X-API-Key", ACME_KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static void assertNoFullPhoneNumber(MvcTestResult result) {
        assertThat(result).bodyText()
                .doesNotContain(CUSTOMER)
                .doesNotContain(CUSTOMER_INTERNATIONAL)
                .doesNotContain("81234567890");
    }

    private void assertInvalidFieldsWithoutCallingTheUseCase(MvcTestResult result, String... fields) {
        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of(fields));
        assertThat(fakes.inquiries.calls()).isEmpty();
    }

    @Test
    void anInquiryFinpayAnswersShowsTheMaskedCustomerTheFeeAndTheLimitsWithTwoDecimals() {
        fakes.inquiries.answersWith(INQUIRED);

        MvcTestResult result = postInquiry(VALID_BODY);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "customerNumber": "0812******90",
                  "customerName": "BU** SAN***",
                  "fee": "1000.00",
                  "feeType": "OUR",
                  "minAmount": "10000.00",
                  "maxAmount": "2000000.00",
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
        assertNoFullPhoneNumber(result);
        assertThat(fakes.inquiries.calls()).containsExactly(
                new InquireTopUpCommand(PhoneNumber.parse(CUSTOMER), Money.parse("50000.00")));
    }

    @Test
    void aFeeTypeFinpayDidNotGiveIsWrittenAsNull() {
        fakes.inquiries.answersWith(new TopUpInquiryResult.Inquired(PhoneNumber.parse(CUSTOMER), "BU** SAN***",
                Money.parse("0"), null, Money.parse("10000"), Money.parse("2000000")));

        MvcTestResult result = postInquiry(VALID_BODY);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.feeType").isNull();
        assertThat(result).bodyJson().extractingPath("$.fee").isEqualTo("0.00");
        assertThat(result).bodyText().contains("\"feeType\":null");
    }

    @Test
    void anInquiryFinpayRefusesIsAFinpayRefusedProblemWithFinpaysCodeAndMessage() {
        fakes.inquiries.answersWith(new TopUpInquiryResult.Refused(new FinpayFailure("4043711", "Invalid Account")));

        MvcTestResult result = postInquiry(VALID_BODY);

        assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "finpay-refused");
        assertThat(result).bodyJson().extractingPath("$.finpayCode").isEqualTo("4043711");
        assertThat(result).bodyJson().extractingPath("$.finpayMessage").isEqualTo("Invalid Account");
        assertNoFullPhoneNumber(result);
    }

    @Test
    void aRefusalEchoingTheCustomersNumberShowsItMasked() {
        fakes.inquiries.answersWith(new TopUpInquiryResult.Refused(new FinpayFailure("4043711", "Account 081234567890 not found")));

        MvcTestResult result = postInquiry(VALID_BODY);

        assertThat(result).bodyJson().extractingPath("$.finpayMessage").isEqualTo("Account 0812******90 not found");
        assertNoFullPhoneNumber(result);
    }

    @Test
    void anInquiryFinpayDoesNotAnswerIsAFinpayUnavailableProblemToRetryInFiveSecondsHidingTheCause(
            CapturedOutput log) {
        fakes.inquiries.answersWith(new TopUpInquiryResult.Unavailable(
                "read timed out after 10s calling snapstag.finnet.co.id for 081234567890"));

        MvcTestResult result = postInquiry(VALID_BODY);

        assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, "finpay-unavailable");
        assertThat(result).hasHeader("Retry-After", "5");
        assertThat(result).bodyText().doesNotContain("timed out").doesNotContain("snapstag");
        assertNoFullPhoneNumber(result);
        assertThat(log.getOut()).contains("read timed out").doesNotContain(CUSTOMER).doesNotContain("81234567890");
    }

    @Test
    void everyMissingMemberIsNamed() {
        MvcTestResult result = postInquiry("{}");

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount", "customerNumber");
    }

    @Test
    void anAmountSentAsAJsonNumberIsRefusedNamingTheAmount() {
        MvcTestResult result = postInquiry("""
                {"customerNumber": "081234567890", "amount": 50000}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"50000.001", "-1", "0", "1E5", ""})
    void anAmountThatIsNotAPositiveAmountWithUpToTwoDecimalsIsRefusedNamingTheAmount(String amount) {
        MvcTestResult result = postInquiry("""
                {"customerNumber": "081234567890", "amount": "%s"}
                """.formatted(amount));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount");
    }

    @Test
    void anInvalidCustomerNumberAndAnInvalidAmountAreNamedTogether() {
        MvcTestResult result = postInquiry("""
                {"customerNumber": "0215551234", "amount": "-1"}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount", "customerNumber");
        assertThat(result).bodyText().doesNotContain("0215551234");
    }

    @Test
    void aLandlineIsRefusedNamingTheCustomerNumberWithoutEchoingIt() {
        MvcTestResult result = postInquiry("""
                {"customerNumber": "021-555-1234", "amount": "50000"}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "customerNumber");
        assertThat(result).bodyText().doesNotContain("555-1234");
    }

    @Test
    void anInquiryWithoutAnApiKeyIsUnauthorizedAndReachesNoUseCase() {
        MvcTestResult result = mvc.post().uri("/api/v1/top-up-inquiries")
                .contentType(MediaType.APPLICATION_JSON).content(VALID_BODY).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.inquiries.calls()).isEmpty();
    }
}

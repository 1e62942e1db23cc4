package io.dompet.adapter.web.billwidget;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.billwidget.BillWidgets.BILL;
import static io.dompet.adapter.web.billwidget.BillWidgets.BILL_NUMBER;
import static io.dompet.adapter.web.billwidget.BillWidgets.BPJS;
import static io.dompet.adapter.web.billwidget.BillWidgets.CUSTOMER_EMAIL;
import static io.dompet.adapter.web.billwidget.BillWidgets.CUSTOMER_NAME;
import static io.dompet.adapter.web.billwidget.BillWidgets.CUSTOMER_PHONE;
import static io.dompet.adapter.web.billwidget.BillWidgets.ID;
import static io.dompet.adapter.web.billwidget.BillWidgets.PLN;
import static io.dompet.adapter.web.billwidget.BillWidgets.REDIRECT_URL;
import static io.dompet.adapter.web.billwidget.BillWidgets.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.GenerateBillWidgetCommand;
import io.dompet.application.port.in.GenerateBillWidgetResult;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.InvalidBillWidgetException;
import io.dompet.domain.billwidget.ProductCode;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
class BillWidgetControllerGenerateTest {

    private static final String MINIMAL_BODY = """
            {"productCodes": ["080003"]}
            """;

    private static final String FULL_BODY = """
            {
              "productCodes": ["080003", "100001"],
              "billInfo": {
                "billNumber": "0001234567890",
                "amount": "150000.00",
                "period": "202404",
                "customerName": "Budi Santoso",
                "customerPhone": "081234567890",
                "customerEmail": "budi@example.com"
              },
              "timeoutSeconds": 3600,
              "backUrl": "https://merchant.example/bills",
              "returnUrl": "https://merchant.example/bills/paid",
              "notify": true
            }
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult postWidget(String body) {
        return mvc.post().uri("/api/v1/bill-widgets").header("X-API-Key", ACME_KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static String withBillInfo(String billInfoMembers) {
        return """
                {"productCodes": ["080003"], "billInfo": {%s}}
                """.formatted(billInfoMembers);
    }

    private void assertInvalidFieldsWithoutCallingTheUseCase(MvcTestResult result, String... fields) {
        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of(fields));
        assertThat(fakes.billWidgetGenerations.calls()).isEmpty();
    }

    private static void assertNoPersonalData(MvcTestResult result) {
        assertThat(result).bodyText()
                .doesNotContainIgnoringCase(CUSTOMER_NAME)
                .doesNotContain(CUSTOMER_PHONE).doesNotContain("81234567890")
                .doesNotContainIgnoringCase(CUSTOMER_EMAIL)
                .doesNotContain(BILL_NUMBER);
    }

    @Test
    void anIssuedWidgetIsCreatedAtItsOwnUrlWithFinpaysPageAndWhenItExpires() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        MvcTestResult result = postWidget(FULL_BODY);

        assertThat(result).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).hasHeader("Location", "/api/v1/bill-widgets/" + ID);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "7d1e3f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
                  "trxId": "DPB7Q2M9X4K1",
                  "productCodes": ["080003", "100001"],
                  "redirectUrl": "https://demos.finnet.co.id/apicobrand/widget/bill.php?access=b7f3c9e1d2a4481f9e0c5a6b7d8e9f10",
                  "expiresAt": "2024-04-17T06:03:39.250Z",
                  "status": "ISSUED",
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
    }

    @Test
    void everyFieldOfTheRequestReachesTheUseCaseAsDomainValues() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        postWidget(FULL_BODY);

        assertThat(fakes.billWidgetGenerations.calls()).containsExactly(new GenerateBillWidgetCommand(
                List.of(new ProductCode(BPJS), new ProductCode(PLN)), BILL, Duration.ofHours(1),
                "https://merchant.example/bills", "https://merchant.example/bills/paid", true));
    }

    @Test
    void fieldsLeftOutReachTheUseCaseUnsetSoThatItTakesItsDefaults() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        MvcTestResult result = postWidget(MINIMAL_BODY);

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(fakes.billWidgetGenerations.calls()).containsExactly(
                new GenerateBillWidgetCommand(List.of(new ProductCode(BPJS)), null, null, null, null, null));
    }

    @Test
    void aBillWithOnlyItsNumberReachesTheUseCaseWithoutTheOptionalFields() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        postWidget(withBillInfo("\"billNumber\": \"0001234567890\""));

        assertThat(fakes.billWidgetGenerations.calls()).singleElement().extracting(GenerateBillWidgetCommand::billInfo)
                .isEqualTo(new BillInfo(BILL_NUMBER, null, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 86400})
    void aTimeoutAtEitherEndOfItsRangeIsAccepted(int seconds) {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        MvcTestResult result = postWidget("""
                {"productCodes": ["080003"], "timeoutSeconds": %d}
                """.formatted(seconds));

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(fakes.billWidgetGenerations.calls()).singleElement().extracting(GenerateBillWidgetCommand::timeout)
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void theWidgetTokenAppearsOnlyInsideFinpaysRedirectUrl() throws Exception {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        MvcTestResult result = postWidget(FULL_BODY);

        assertThat(result).bodyText().containsOnlyOnce(TOKEN);
        assertThat(result.getResponse().getContentAsString().replace(REDIRECT_URL, "")).doesNotContain(TOKEN);
        assertThat(result.getResponse().getHeaderNames()).allSatisfy(
                name -> assertThat(result.getResponse().getHeader(name)).doesNotContain(TOKEN));
    }

    @Test
    void theBillIsNotEchoedInTheAnswer() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        MvcTestResult result = postWidget(FULL_BODY);

        assertNoPersonalData(result);
    }

    @Test
    void productCodesOutsideTheCatalogueAreAnUnprocessableProblemNamingThem() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.UnknownProductCodes(
                List.of(new ProductCode("999999"), new ProductCode("123456"))));

        MvcTestResult result = postWidget("""
                {"productCodes": ["080003", "999999", "123456"]}
                """);

        assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "unknown-product-code");
        assertThat(result).bodyJson().extractingPath("$.productCodes").isEqualTo(List.of("999999", "123456"));
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("999999, 123456");
        assertThat(result).doesNotContainHeader("Location");
    }

    @Test
    void aWidgetFinpayRefusesIsABadGatewayProblemWithFinpaysCodeAndMessageAndTheFailedWidget() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Refused(
                BillWidgets.failed("E12", "Biller under maintenance")));

        MvcTestResult result = postWidget(FULL_BODY);

        assertProblem(result, HttpStatus.BAD_GATEWAY, "finpay-bill-widget-refused");
        assertThat(result).bodyJson().extractingPath("$.finpayCode").isEqualTo("E12");
        assertThat(result).bodyJson().extractingPath("$.finpayMessage").isEqualTo("Biller under maintenance");
        assertThat(result).bodyJson().extractingPath("$.billWidgetId").isEqualTo(ID);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isEqualTo(
                "Finpay refused to issue the bill widget: Biller under maintenance (E12). Bill widget " + ID
                        + " is FAILED; no widget was issued.");
        assertThat(result).doesNotContainHeader("Location");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bill 0001234567890 not found          | Bill [billInfo.billNumber] not found",
            "Customer BUDI SANTOSO is blocked      | Customer [billInfo.customerName] is blocked",
            "Phone 6281234567890 invalid           | Phone [billInfo.customerPhone] invalid",
            "Phone 81234567890 invalid             | Phone [billInfo.customerPhone] invalid",
            "Mail Budi@Example.com bounced         | Mail [billInfo.customerEmail] bounced"})
    void aRefusalEchoingTheBillsPersonalDataShowsTheFieldInsteadOfTheValue(String finpay, String shown,
                                                                                       CapturedOutput log) {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Refused(BillWidgets.failed("E05", finpay)));

        MvcTestResult result = postWidget(FULL_BODY);

        assertThat(result).bodyJson().extractingPath("$.finpayMessage").isEqualTo(shown);
        assertNoPersonalData(result);
        assertThat(log.getOut()).contains(shown).doesNotContain(finpay);
    }

    @Test
    void aRefusalFinpayGaveNoDescriptionForIsStillARefusedProblem() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Refused(BillWidgets.failed("E99", "")));

        MvcTestResult result = postWidget(MINIMAL_BODY);

        assertProblem(result, HttpStatus.BAD_GATEWAY, "finpay-bill-widget-refused");
        assertThat(result).bodyJson().extractingPath("$.finpayMessage").isEqualTo("");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .startsWith("Finpay refused to issue the bill widget (E99).");
    }

    @Test
    void aWidgetFinpayDoesNotAnswerIsAFinpayUnavailableProblemNamingTheFailedWidgetHidingTheCause(
            CapturedOutput log) {
        String reason = "read timed out after 10s calling demos.finnet.co.id for bill 0001234567890";
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Unavailable(
                BillWidgets.failed("DOMPET_BILL_WIDGET_UNAVAILABLE", reason)));

        MvcTestResult result = postWidget(FULL_BODY);

        assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, "finpay-unavailable");
        assertThat(result).hasHeader("Retry-After", "5");
        assertThat(result).bodyJson().extractingPath("$.billWidgetId").isEqualTo(ID);
        assertThat(result).bodyText().doesNotContain("timed out").doesNotContain("finnet");
        assertNoPersonalData(result);
        assertThat(log.getOut()).contains("read timed out").contains(ID).doesNotContain(BILL_NUMBER);
    }

    @Test
    void aMissingProductCodeListIsNamedAndReachesNoUseCase() {
        assertInvalidFieldsWithoutCallingTheUseCase(postWidget("{}"), "productCodes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]"})
    void aNullOrEmptyProductCodeListIsNamedAndReachesNoUseCase(String productCodes) {
        MvcTestResult result = postWidget("""
                {"productCodes": %s}
                """.formatted(productCodes));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "productCodes");
    }

    @Test
    void moreThan999ProductCodesAreRefusedNamingTheList() {
        String codes = IntStream.range(0, 1000).mapToObj(i -> "\"%06d\"".formatted(i)).collect(Collectors.joining(","));

        MvcTestResult result = postWidget("{\"productCodes\": [" + codes + "]}");

        assertInvalidFieldsWithoutCallingTheUseCase(result, "productCodes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"80003\"", "\"0800031\"", "\"08000A\"", "\"\"", "\" 080003\"", "null", "123456", "[\"080003\"]"})
    void aProductCodeThatIsNotSixDigitsIsRefusedNamingItsIndex(String code) {
        MvcTestResult result = postWidget("""
                {"productCodes": ["100001", %s]}
                """.formatted(code));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "productCodes[1]");
    }

    @Test
    void aRepeatedProductCodeIsRefusedNamingTheRepeat() {
        MvcTestResult result = postWidget("""
                {"productCodes": ["080003", "100001", "080003"]}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "productCodes[2]");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("repeats productCodes[0]");
    }

    @Test
    void aBillWithoutItsNumberIsRefusedNamingTheBillNumber() {
        MvcTestResult result = postWidget(withBillInfo("\"customerName\": \"Budi Santoso\""));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "billInfo.billNumber");
        assertNoPersonalData(result);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "billNumber    | 0001-234567890",
            "billNumber    | ''",
            "period        | 2024-04",
            "customerName  | '   '",
            "customerPhone | +6281234567890",
            "customerPhone | 0812",
            "customerEmail | budi.example.com"})
    void anInvalidBillFieldIsRefusedNamingItWithoutEchoingItsValue(String field, String value) {
        String members = field.equals("billNumber") ? "\"billNumber\": \"%s\"".formatted(value)
                : "\"billNumber\": \"0001234567890\", \"%s\": \"%s\"".formatted(field, value);

        MvcTestResult result = postWidget(withBillInfo(members));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "billInfo." + field);
        if (!value.isBlank()) {
            assertThat(result).bodyText().doesNotContain(value);
        }
        assertThat(result).bodyText().doesNotContain(BILL_NUMBER);
    }

    @Test
    void everyInvalidFieldOfARequestIsNamedInOneProblem() {
        MvcTestResult result = postWidget("""
                {
                  "productCodes": ["080003", "8003"],
                  "billInfo": {"billNumber": "0001234567890", "period": "2024/04", "customerPhone": "phone", "customerEmail": "x"},
                  "timeoutSeconds": 10,
                  "backUrl": "ftp://merchant.example",
                  "returnUrl": "merchant.example"
                }
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "backUrl", "billInfo.customerEmail",
                "billInfo.customerPhone", "billInfo.period", "productCodes[1]", "returnUrl", "timeoutSeconds");
    }

    @Test
    void eachInvalidFieldIsExplainedByTheDomainRuleThatOwnsItsLimit() {
        MvcTestResult result = postWidget("""
                {
                  "productCodes": [],
                  "billInfo": {"billNumber": "0001234567890", "customerName": "%s"},
                  "timeoutSeconds": 10,
                  "backUrl": "https://merchant.example/%s"
                }
                """.formatted("B".repeat(BillInfo.MAX_CUSTOMER_NAME_LENGTH + 1), "x".repeat(BillWidget.MAX_URL_LENGTH)));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "backUrl", "billInfo.customerName", "productCodes", "timeoutSeconds");
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").isEqualTo(List.of(
                domainMessage(() -> BillWidget.requireUrl("ftp://merchant.example", "backUrl")),
                domainMessage(() -> BillInfo.checkCustomerName(" ")),
                domainMessage(() -> BillWidget.checkProductCodeCount(BillWidget.MAX_PRODUCT_CODES + 1)),
                domainMessage(() -> BillWidget.checkTimeout(Duration.ofSeconds(10)))));
    }

    private static String domainMessage(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidBillWidgetException e) {
            return e.getMessage();
        }
        throw new AssertionError("the domain accepted the value");
    }

    @Test
    void aCustomerNameLongerThan100CharactersIsRefusedNamingIt() {
        MvcTestResult result = postWidget(withBillInfo(
                "\"billNumber\": \"0001234567890\", \"customerName\": \"%s\"".formatted("B".repeat(101))));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "billInfo.customerName");
    }

    @Test
    void anAmountSentAsAJsonNumberIsRefusedNamingIt() {
        MvcTestResult result = postWidget(withBillInfo("\"billNumber\": \"0001234567890\", \"amount\": 150000.00"));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "billInfo.amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "150000.001", "1.5e5", "lots"})
    void anAmountThatIsNotMoneyIsRefusedNamingIt(String amount) {
        MvcTestResult result = postWidget(withBillInfo(
                "\"billNumber\": \"0001234567890\", \"amount\": \"%s\"".formatted(amount)));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "billInfo.amount");
    }

    @Test
    void aZeroAmountLetsTheBillerSayAndIsAccepted() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        MvcTestResult result = postWidget(withBillInfo("\"billNumber\": \"0001234567890\", \"amount\": \"0\""));

        assertThat(result).hasStatus(HttpStatus.CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29", "86401", "0", "-30", "2147483647"})
    void aTimeoutOutside30SecondsTo24HoursIsRefusedNamingIt(String seconds) {
        MvcTestResult result = postWidget("""
                {"productCodes": ["080003"], "timeoutSeconds": %s}
                """.formatted(seconds));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "timeoutSeconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"60.5", "6e1", "\"60\"", "\"sixty\"", "true", "99999999999", "[60]"})
    void aTimeoutThatIsNotAWholeNumberOfSecondsIsRefusedNamingIt(String seconds) {
        MvcTestResult result = postWidget("""
                {"productCodes": ["080003"], "timeoutSeconds": %s}
                """.formatted(seconds));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "timeoutSeconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backUrl", "returnUrl"})
    void aUrlThatIsNotHttpOrIsTooLongIsRefusedNamingIt(String field) {
        for (String url : List.of("ftp://merchant.example", "merchant.example/bills", "https://", "https://a b",
                "https://merchant.example/" + "x".repeat(76))) {
            fakes.reset();

            MvcTestResult result = postWidget("""
                    {"productCodes": ["080003"], "%s": "%s"}
                    """.formatted(field, url));

            assertInvalidFieldsWithoutCallingTheUseCase(result, field);
        }
    }

    @Test
    void aUrlOfExactly100CharactersIsAccepted() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));
        String url = "https://merchant.example/" + "x".repeat(75);

        MvcTestResult result = postWidget("""
                {"productCodes": ["080003"], "backUrl": "%s", "returnUrl": "%s"}
                """.formatted(url, url));

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(fakes.billWidgetGenerations.calls()).singleElement().extracting(GenerateBillWidgetCommand::backUrl)
                .isEqualTo(url);
    }

    @Test
    void notifyFalseReachesTheUseCase() {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        postWidget("""
                {"productCodes": ["080003"], "notify": false}
                """);

        assertThat(fakes.billWidgetGenerations.calls()).singleElement().extracting(GenerateBillWidgetCommand::isNotif)
                .isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"sometimes\"", "\"true\"", "1"})
    void aNotifyThatIsNotAJsonBooleanIsRefusedNamingIt(String notify) {
        assertInvalidFieldsWithoutCallingTheUseCase(postWidget("""
                {"productCodes": ["080003"], "notify": %s}
                """.formatted(notify)), "notify");
    }

    @Test
    void aUrlSentAsSomethingOtherThanAStringIsRefusedNamingIt() {
        assertInvalidFieldsWithoutCallingTheUseCase(postWidget("""
                {"productCodes": ["080003"], "returnUrl": {"href": "https://merchant.example"}}
                """), "returnUrl");
    }

    @Test
    void aCustomerPhoneSentAsAJsonNumberIsRefusedNamingItWithoutEchoingIt() {
        MvcTestResult result = postWidget(withBillInfo("\"billNumber\": \"0001234567890\", \"customerPhone\": 81234567890"));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "billInfo.customerPhone");
        assertThat(result).bodyText().doesNotContain("81234567890");
    }

    @Test
    void aBillThatIsNotAnObjectIsRefusedNamingIt() {
        assertInvalidFieldsWithoutCallingTheUseCase(postWidget("""
                {"productCodes": ["080003"], "billInfo": "0001234567890"}
                """), "billInfo");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAndReachesNoUseCase() {
        assertInvalidFieldsWithoutCallingTheUseCase(postWidget("productCodes=080003"), "body");
    }

    @Test
    void askingForAWidgetWithoutAnApiKeyIsUnauthorizedAndReachesNoUseCase() {
        MvcTestResult result = mvc.post().uri("/api/v1/bill-widgets")
                .contentType(MediaType.APPLICATION_JSON).content(MINIMAL_BODY).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.billWidgetGenerations.calls()).isEmpty();
    }
}

package io.dompet.adapter.web.callback;

import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.adapter.web.topup.TopUps;
import io.dompet.application.port.in.NotificationResult;
import io.dompet.domain.topup.RawNotification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
class FinpayCallbackControllerTest {

    private static final String PATH = "/callbacks/finpay/top-up";
    private static final String SIGNATURE = "c2lnbmF0dXJlLW9mLWZpbnBheQ==";

    /** Pretty-printed, with spaces inside values, non-ASCII text and an escaped character: any re-encoding changes it. */
    private static final byte[] BODY = """
            {
              "referenceNo" : "2024041712033800001",
              "phoneNo" : "6281234567890",
              "transactionDate" : "2024-04-17T12:03:38+07:00",
              "merchantId" : "FP0001",
              "amount" : { "value" : "50000.00", "currency" : "IDR" },
              "transactionDesc" : "Isi  ulang — Bapak Agus \\u00e9 ✓",
              "channel" : "vabca"
            }
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult deliver(byte[] body, MediaType contentType) {
        return mvc.post().uri(PATH)
                .contentType(contentType)
                .accept(MediaType.APPLICATION_JSON)
                .header("X-TIMESTAMP", "2024-04-17T12:03:39+07:00")
                .header("X-SIGNATURE", SIGNATURE)
                .header("X-PARTNER-ID", "FINPAY")
                .header("X-EXTERNAL-ID", "41807553358950093184")
                .header("ORIGIN", "www.finpay.id")
                .content(body)
                .exchange();
    }

    private MvcTestResult deliver() {
        return deliver(BODY, MediaType.APPLICATION_JSON);
    }

    private static void assertAnswer(MvcTestResult result, HttpStatus status, String expectedJson) {
        assertThat(result).hasStatus(status);
        assertThat(result).contentType().isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo(expectedJson, JsonCompareMode.STRICT);
    }

    private RawNotification received() {
        assertThat(fakes.notifications.calls()).hasSize(1);
        return fakes.notifications.calls().get(0);
    }

    @Test
    void theBodyReachesTheUseCaseByteForByte() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));

        deliver();

        assertThat(received().body()).isEqualTo(BODY);
    }

    @Test
    void theHeadersThePathAndTheArrivalTimeReachTheUseCase() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));

        mvc.post().uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-SIGNATURE", SIGNATURE)
                .header("X-TIMESTAMP", "2024-04-17T12:03:39+07:00")
                .header("X-Forwarded-For", "10.0.0.1", "10.0.0.2")
                .content(BODY)
                .exchange();

        RawNotification notification = received();
        assertThat(notification.path()).isEqualTo(PATH);
        assertThat(notification.receivedAt()).isEqualTo(NOW);
        assertThat(notification.header("x-signature")).contains(SIGNATURE);
        assertThat(notification.header("X-TIMESTAMP")).contains("2024-04-17T12:03:39+07:00");
        assertThat(notification.headers().get("x-forwarded-for")).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(notification.header("content-type")).hasValueSatisfying(value -> assertThat(value).startsWith("application/json"));
    }

    @Test
    void thePathIsTheOneFinpayCalledContextPathIncludedAndQueryExcluded() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));

        mvc.post().uri("/dompet" + PATH + "?attempt=2").contextPath("/dompet")
                .contentType(MediaType.APPLICATION_JSON).content(BODY).exchange();

        assertThat(received().path()).isEqualTo("/dompet" + PATH);
    }

    @Test
    void aFirstDeliveryThatWasCreditedIsAnsweredWithSuccess() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));

        assertAnswer(deliver(), HttpStatus.OK, """
                {"responseCode": "2000000", "responseMessage": "Success"}""");
    }

    @Test
    void aRedeliveryAlreadyCreditedIsAnsweredWithTheSameSuccess() {
        fakes.notifications.answersWith(new NotificationResult.AlreadyCredited(TopUps.notified("50000", "vabca")));

        MvcTestResult result = deliver();

        assertAnswer(result, HttpStatus.OK, """
                {"responseCode": "2000000", "responseMessage": "Success"}""");
        assertThat(result).bodyText().isEqualTo("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}");
    }

    @Test
    void aConflictingRedeliveryIsAnsweredWith409() {
        fakes.notifications.answersWith(new NotificationResult.Conflicting("2024041712033800001"));

        assertAnswer(deliver(), HttpStatus.CONFLICT, """
                {"responseCode": "4090000", "responseMessage": "Conflict"}""");
    }

    @Test
    void anUnauthenticatedNotificationIsAnsweredWith401WithoutSayingWhichCheckFailed() {
        fakes.notifications.answersWith(new NotificationResult.Unauthenticated("X-TIMESTAMP is 6 minutes in the past"));

        MvcTestResult result = deliver();

        assertAnswer(result, HttpStatus.UNAUTHORIZED, """
                {"responseCode": "4010000", "responseMessage": "Unauthorized"}""");
        assertThat(result).bodyText().doesNotContain("TIMESTAMP").doesNotContain(SIGNATURE);
        assertThat(result).headers().doesNotContainHeader("WWW-Authenticate");
    }

    @Test
    void aMalformedNotificationIsAnsweredWith400InvalidFieldFormat() {
        fakes.notifications.answersWith(new NotificationResult.Malformed("not a JSON object"));

        MvcTestResult result = deliver("not json".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        assertAnswer(result, HttpStatus.BAD_REQUEST, """
                {"responseCode": "4000001", "responseMessage": "Invalid Field Format"}""");
        assertThat(received().body()).asString(StandardCharsets.UTF_8).isEqualTo("not json");
    }

    @Test
    void aMissingFieldIsAnsweredWith400InvalidMandatoryFieldNamingIt() {
        fakes.notifications.answersWith(new NotificationResult.InvalidField("amount.value", "is required", true));

        assertAnswer(deliver(), HttpStatus.BAD_REQUEST, """
                {"responseCode": "4000002", "responseMessage": "Invalid Mandatory Field amount.value"}""");
    }

    @Test
    void anInvalidFieldIsAnsweredWith400InvalidFieldFormatNamingIt() {
        fakes.notifications.answersWith(new NotificationResult.InvalidField("phoneNo", "is not an Indonesian mobile number", false));

        assertAnswer(deliver(), HttpStatus.BAD_REQUEST, """
                {"responseCode": "4000001", "responseMessage": "Invalid Field Format phoneNo"}""");
    }

    @Test
    void aFailingUseCaseIsAnsweredWith500GeneralErrorWithoutInternalsSoThatFinpayRetries() {
        fakes.notifications.answers(notification -> {
            throw new IllegalStateException("connection refused: jdbc:postgresql://db.internal/dompet?password=hunter2");
        });

        MvcTestResult result = deliver();

        assertAnswer(result, HttpStatus.INTERNAL_SERVER_ERROR, """
                {"responseCode": "5000000", "responseMessage": "General Error"}""");
        assertThat(result).bodyText().doesNotContain("hunter2").doesNotContain("jdbc").doesNotContain("Exception");
    }

    @Test
    void anErrorThrownByTheUseCaseIsStillAnsweredInFinpayFormatNotAsAProblem() {
        fakes.notifications.answers(notification -> {
            throw new StackOverflowError("deep inside the credit");
        });

        MvcTestResult result = deliver();

        assertAnswer(result, HttpStatus.INTERNAL_SERVER_ERROR, """
                {"responseCode": "5000000", "responseMessage": "General Error"}""");
        assertThat(result).bodyText().doesNotContain("deep inside");
    }

    @Test
    void noApiKeyIsNeededAndAWrongOneIsIgnored() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));

        MvcTestResult withoutKey = deliver();
        MvcTestResult withWrongKey = mvc.post().uri(PATH).header("X-API-Key", "not-a-key")
                .contentType(MediaType.APPLICATION_JSON).content(BODY).exchange();
        MvcTestResult withClientKey = mvc.post().uri(PATH).header("X-API-Key", ACME_KEY)
                .contentType(MediaType.APPLICATION_JSON).content(BODY).exchange();

        assertThat(withoutKey).hasStatusOk();
        assertThat(withWrongKey).hasStatusOk();
        assertThat(withClientKey).hasStatusOk();
        assertThat(fakes.notifications.calls()).hasSize(3);
    }

    @Test
    void contentTypesOtherThanJsonReachTheUseCaseUnchanged() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));
        List<MediaType> contentTypes = List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
                MediaType.APPLICATION_FORM_URLENCODED, MediaType.parseMediaType("application/json; charset=ISO-8859-1"),
                MediaType.parseMediaType("application/vnd.finpay+json"));

        for (MediaType contentType : contentTypes) {
            assertThat(deliver(BODY, contentType)).as(contentType.toString()).hasStatusOk();
        }

        assertThat(fakes.notifications.calls()).hasSize(contentTypes.size())
                .allSatisfy(notification -> assertThat(notification.body()).isEqualTo(BODY));
    }

    @Test
    void aFormEncodedBodyIsNotRebuiltFromParameters() {
        fakes.notifications.answersWith(new NotificationResult.Unauthenticated("bad signature"));
        byte[] form = "b=2&a=1+1&a=%7E".getBytes(StandardCharsets.US_ASCII);

        deliver(form, MediaType.APPLICATION_FORM_URLENCODED);

        assertThat(received().body()).isEqualTo(form);
    }

    @Test
    void aRequestWithoutContentTypeOrBodyStillReachesTheUseCase() {
        fakes.notifications.answersWith(new NotificationResult.Malformed("empty body"));

        MvcTestResult result = mvc.post().uri(PATH).exchange();

        assertAnswer(result, HttpStatus.BAD_REQUEST, """
                {"responseCode": "4000001", "responseMessage": "Invalid Field Format"}""");
        assertThat(received().body()).isEmpty();
    }

    @Test
    void theAnswerIsJsonWhateverTheRequestAccepts() {
        fakes.notifications.answersWith(new NotificationResult.Conflicting("2024041712033800001"));

        MvcTestResult result = mvc.post().uri(PATH).accept(MediaType.TEXT_PLAIN)
                .contentType(MediaType.APPLICATION_JSON).content(BODY).exchange();

        assertAnswer(result, HttpStatus.CONFLICT, """
                {"responseCode": "4090000", "responseMessage": "Conflict"}""");
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        fakes.notifications.answersWith(new NotificationResult.Malformed("not JSON"));
        byte[] body = new byte[FinpayCallbackController.MAX_BODY_BYTES];
        Arrays.fill(body, (byte) ' ');

        assertThat(deliver(body, MediaType.APPLICATION_JSON)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(received().body()).hasSize(FinpayCallbackController.MAX_BODY_BYTES);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WithoutCallingTheUseCase() {
        byte[] body = new byte[FinpayCallbackController.MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        MvcTestResult result = deliver(body, MediaType.APPLICATION_JSON);

        assertAnswer(result, HttpStatus.CONTENT_TOO_LARGE, """
                {"responseCode": "4130000", "responseMessage": "Content Too Large"}""");
        assertThat(fakes.notifications.calls()).isEmpty();
    }

    @Test
    void aHeaderWithAControlCharacterIsABadRequestInFinpayFormatWithoutCallingTheUseCase() {
        MvcTestResult result = mvc.post().uri(PATH).header("X-SIGNATURE", "abc\u007fdef")
                .contentType(MediaType.APPLICATION_JSON).content(BODY).exchange();

        assertAnswer(result, HttpStatus.BAD_REQUEST, """
                {"responseCode": "4000000", "responseMessage": "Bad Request"}""");
        assertThat(fakes.notifications.calls()).isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenSessionOrCookieIsAccepted() {
        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));

        MvcTestResult result = mvc.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).content(BODY).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).headers().doesNotContainHeader("Set-Cookie");
    }

    @Test
    void aWrongMethodOnTheCallbackIsAnsweredInFinpayFormatNotAsAProblem() {
        MvcTestResult result = mvc.get().uri(PATH).exchange();

        assertAnswer(result, HttpStatus.METHOD_NOT_ALLOWED, """
                {"responseCode": "4050000", "responseMessage": "Method Not Allowed"}""");
        assertThat(result).headers().containsHeader("Allow");
    }

    @Test
    void anUnknownCallbackPathIsAnsweredInFinpayFormatNotAsAProblem() {
        MvcTestResult result = mvc.post().uri("/callbacks/finpay/top-ups").contentType(MediaType.APPLICATION_JSON)
                .content(BODY).exchange();

        assertAnswer(result, HttpStatus.NOT_FOUND, """
                {"responseCode": "4040000", "responseMessage": "Not Found"}""");
        assertThat(fakes.notifications.calls()).isEmpty();
    }

    @Test
    void everyAnswerIsJsonAndNoneIsAProblem() {
        List<NotificationResult> results = List.of(
                new NotificationResult.Credited(TopUps.notified("50000", "vabca")),
                new NotificationResult.AlreadyCredited(TopUps.notified("50000", "vabca")),
                new NotificationResult.Conflicting("2024041712033800001"),
                new NotificationResult.Unauthenticated("bad signature"),
                new NotificationResult.Malformed("not JSON"),
                new NotificationResult.InvalidField("channel", "is required", true));

        for (NotificationResult answer : results) {
            fakes.notifications.answersWith(answer);
            MvcTestResult result = deliver();
            assertThat(result).as(answer.toString()).contentType().isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(result).as(answer.toString()).bodyJson().doesNotHavePath("$.type");
            assertThat(result).as(answer.toString()).bodyJson().extractingPath("$.responseCode").asString().hasSize(7);
        }
    }
}

package io.dompet.adapter.web.topup;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.topup.TopUps.CUSTOMER;
import static io.dompet.adapter.web.topup.TopUps.CUSTOMER_INTERNATIONAL;
import static io.dompet.adapter.web.topup.TopUps.ID;
import static io.dompet.adapter.web.topup.TopUps.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.adapter.web.problem.ProblemExceptionHandler;
import io.dompet.application.port.out.StoreUnavailableException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.util.List;
import java.util.Map;
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
class TopUpControllerTopUpTest {

    private static final String VALID_BODY = """
            {"customerNumber": "081234567890", "amount": "50000"}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult postTopUp(String key, String body) {
        return mvc.post().uri("/api/v1/top-ups").header("X-API-Key", ACME_KEY).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult postTopUpWithoutKey(String body) {
        return mvc.post().uri("/api/v1/top-ups").header("X-API-Key", ACME_KEY)
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
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().allSatisfy(message ->
                assertThat(message).asString().isNotBlank());
        assertThat(fakes.topUps.calls()).isEmpty();
    }

    @Test
    void aSucceededTopUpIsCreatedWithItsLocationAndEveryFieldTheApiWay() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.succeeded("50000")));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertThat(result).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).hasHeader("Location", "/api/v1/top-ups/" + ID);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f",
                  "status": "SUCCEEDED",
                  "customerNumber": "0812******90",
                  "customerName": "BU** SAN***",
                  "amount": "50000.00",
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
                """, JsonCompareMode.STRICT);
        assertNoFullPhoneNumber(result);
    }

    @Test
    void theUseCaseGetsTheClientTheKeyTheParsedCustomerNumberAndTheAmount() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.succeeded("50000")));

        postTopUp(KEY, """
                {"customerNumber": "+62 812-3456-7890", "amount": "50000.5"}
                """);

        assertThat(fakes.topUps.calls()).containsExactly(new TopUpCustomerCommand(TopUps.CLIENT,
                new IdempotencyKey(KEY), PhoneNumber.parse(CUSTOMER), Money.parse("50000.50")));
    }

    @Test
    void aReplayAnswersTheTopUpAsItNowStandsMarkedReplayed() {
        fakes.topUps.answersWith(new TopUpResult.Replayed(TopUps.succeeded("50000")));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertThat(result).hasStatusOk().hasHeader(TopUpController.IDEMPOTENT_REPLAYED, "true");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
        assertThat(result).bodyJson().extractingPath("$.client").isEqualTo("acme");
        assertThat(result).bodyJson().extractingPath("$.livemode").isEqualTo(false);
    }

    @Test
    void aFirstAnswerIsNotMarkedReplayed() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.succeeded("50000")));

        assertThat(postTopUp(KEY, VALID_BODY)).doesNotContainHeader(TopUpController.IDEMPOTENT_REPLAYED);
    }

    @Test
    void aRepeatWhileTheFirstRequestRunsIsARequestInProgressProblemWithRetryAfter() {
        fakes.topUps.answersWith(new TopUpResult.InProgress(TopUpId.parse(ID)));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertProblem(result, HttpStatus.CONFLICT, "request-in-progress");
        assertThat(result).hasHeader("Retry-After", Integer.toString(TopUpController.IN_PROGRESS_RETRY_AFTER_SECONDS));
        assertThat(result).doesNotContainHeader(TopUpController.IDEMPOTENT_REPLAYED);
        assertThat(result).bodyText().doesNotContain(ID);
    }

    @Test
    void anUnreachableDatabaseIsADatabaseUnavailableProblemWithRetryAfterAndNoInternals() {
        fakes.topUps.answers(command -> {
            throw new StoreUnavailableException("the database is unavailable (CannotCreateTransactionException)",
                    new IllegalStateException("Connection to 127.0.0.1:5432 refused"));
        });

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable");
        assertThat(result).hasHeader("Retry-After",
                Integer.toString(ProblemExceptionHandler.DATABASE_RETRY_AFTER_SECONDS));
        assertThat(result).bodyText().doesNotContain("127.0.0.1").doesNotContain("CannotCreateTransaction");
    }

    @Test
    void aPendingTopUpIsAcceptedWithItsLocationAndNullMembersWrittenOut() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.pending("50000")));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).hasHeader("Location", "/api/v1/top-ups/" + ID);
        assertThat(result).bodyJson().isEqualTo("""
                {
                  "id": "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f",
                  "status": "PENDING",
                  "customerNumber": "0812******90",
                  "customerName": "BU** SAN***",
                  "amount": "50000.00",
                  "fee": "1000.00",
                  "partnerReferenceNo": "DPT7Q2M9X4K1",
                  "referenceNo": null,
                  "channel": null,
                  "client": "acme",
                  "failure": null,
                  "needsReview": false,
                  "createdAt": "2024-04-17T05:03:38Z",
                  "updatedAt": "2024-04-17T05:03:39.250Z",
                  "livemode": false
                }
                """, JsonCompareMode.STRICT);
    }

    @Test
    void aTopUpStillRequestedIsAcceptedToo() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.requested("50000")));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("REQUESTED");
        assertThat(result).bodyJson().extractingPath("$.customerName").isNull();
        assertThat(result).bodyJson().extractingPath("$.fee").isNull();
    }

    @Test
    void aTopUpFinpayRefusedIsCreatedAsFailedWithFinpaysCodeAndMessage() {
        fakes.topUps.answersWith(new TopUpResult.Executed(
                TopUps.failed("50000", "4033802", "Exceeds Transaction Amount Limit")));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertThat(result).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).hasHeader("Location", "/api/v1/top-ups/" + ID);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
        assertThat(result).bodyJson().extractingPath("$.referenceNo").isNull();
        assertThat(result).bodyJson().extractingPath("$.failure").isEqualTo(
                Map.of("code", "4033802", "message", "Exceeds Transaction Amount Limit"));
    }

    @Test
    void aFailureMessageEchoingTheCustomersNumberShowsItMasked() {
        fakes.topUps.answersWith(new TopUpResult.Executed(
                TopUps.failed("50000", "4043811", "Account 6281234567890 not found (081234567890)")));

        MvcTestResult result = postTopUp(KEY, VALID_BODY);

        assertThat(result).bodyJson().extractingPath("$.failure.message")
                .isEqualTo("Account 0812******90 not found (0812******90)");
        assertNoFullPhoneNumber(result);
    }

    @Test
    void anAmountOutsideFinpaysLimitsIsAnAmountOutsideLimitsProblemNamingTheLimitsAndTheTopUp() {
        TopUp outside = TopUps.outsideLimits("5000");
        fakes.topUps.answersWith(new TopUpResult.Executed(outside));

        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "081234567890", "amount": "5000"}
                """);

        assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "amount-outside-limits");
        assertThat(result).bodyJson().extractingPath("$.detail")
                .isEqualTo(outside.failure().orElseThrow().message())
                .asString().contains("10000.00").contains("2000000.00");
        assertThat(result).bodyJson().extractingPath("$.topUpId").isEqualTo(ID);
        assertNoFullPhoneNumber(result);
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyReturnsTheSameTopUpWith200() throws Exception {
        TopUp succeeded = TopUps.succeeded("50000");
        fakes.topUps.answersWith(new TopUpResult.Executed(succeeded));
        MvcTestResult first = postTopUp(KEY, VALID_BODY);
        fakes.topUps.answersWith(new TopUpResult.Replayed(succeeded));

        MvcTestResult repeat = postTopUp(KEY, VALID_BODY);

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(repeat).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(repeat).bodyJson().isEqualTo(first.getResponse().getContentAsString(), JsonCompareMode.STRICT);
    }

    @Test
    void aRepeatOfAPendingTopUpReturnsItAsItStandsWith200() {
        fakes.topUps.answersWith(new TopUpResult.Replayed(TopUps.pending("50000")));

        MvcTestResult repeat = postTopUp(KEY, VALID_BODY);

        assertThat(repeat).hasStatusOk();
        assertThat(repeat).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
    }

    @Test
    void aRepeatOfATopUpOutsideTheLimitsAnswersLikeTheOriginal() throws Exception {
        TopUp outside = TopUps.outsideLimits("5000");
        String body = """
                {"customerNumber": "081234567890", "amount": "5000"}
                """;
        fakes.topUps.answersWith(new TopUpResult.Executed(outside));
        MvcTestResult first = postTopUp(KEY, body);
        fakes.topUps.answersWith(new TopUpResult.Replayed(outside));

        MvcTestResult repeat = postTopUp(KEY, body);

        assertProblem(repeat, HttpStatus.UNPROCESSABLE_CONTENT, "amount-outside-limits");
        assertThat(repeat).bodyJson().extractingPath("$.detail")
                .isEqualTo(com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.detail"));
        assertThat(repeat).bodyJson().extractingPath("$.topUpId").isEqualTo(ID);
    }

    @Test
    void theSameKeyForADifferentTopUpIsAnIdempotencyKeyConflictRevealingNothingOfTheOther() {
        String otherId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
        fakes.topUps.answersWith(new TopUpResult.KeyConflict(TopUpId.parse(otherId)));

        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "089876543210", "amount": "75000"}
                """);

        assertProblem(result, HttpStatus.CONFLICT, "idempotency-key-conflict");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("Idempotency-Key was used for a different top-up");
        assertThat(result).bodyText().doesNotContain(otherId).doesNotContain("89876543210").doesNotContain("0898");
    }

    @Test
    void unknownMembersOfTheBodyAreIgnored() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.succeeded("50000")));

        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "081234567890", "amount": "50000", "note": "birthday"}
                """);

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(fakes.topUps.calls()).hasSize(1);
    }

    @Test
    void aMissingIdempotencyKeyIsAnInvalidRequestNamingTheHeader() {
        MvcTestResult result = postTopUpWithoutKey(VALID_BODY);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "Idempotency-Key");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("header is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "key with spaces",
            "tab\tin-key",
            "kéy",
            "k\u007fey",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void anInvalidIdempotencyKeyIsAnInvalidRequestNamingTheHeader(String key) {
        MvcTestResult result = postTopUp(key, VALID_BODY);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "Idempotency-Key");
    }

    @Test
    void anIdempotencyKeyOf64PrintableCharactersIsAccepted() {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.succeeded("50000")));
        String key = "!~" + "a".repeat(62);

        MvcTestResult result = postTopUp(key, VALID_BODY);

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(fakes.topUps.calls()).extracting(command -> command.idempotencyKey().value()).containsExactly(key);
    }

    @Test
    void anIdempotencyKeySentTwiceIsAnInvalidRequestNamingTheHeader() {
        MvcTestResult result = mvc.post().uri("/api/v1/top-ups").header("X-API-Key", ACME_KEY)
                .header("Idempotency-Key", "a", "b")
                .contentType(MediaType.APPLICATION_JSON).content(VALID_BODY).exchange();

        assertInvalidFieldsWithoutCallingTheUseCase(result, "Idempotency-Key");
    }

    @Test
    void everyMissingMemberAndTheMissingKeyAreNamedTogether() {
        MvcTestResult result = postTopUpWithoutKey("{}");

        assertInvalidFieldsWithoutCallingTheUseCase(result, "Idempotency-Key", "amount", "customerNumber");
    }

    @Test
    void membersThatAreNullAreNamedAsMissing() {
        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": null, "amount": null}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount", "customerNumber");
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").isEqualTo(List.of("is required", "is required"));
    }

    @Test
    void anAmountSentAsAJsonNumberIsRefusedNamingTheAmount() {
        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "081234567890", "amount": 50000.00}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("decimal string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"50000.001", "-50000", "0", "0.00", "5e4", "50,000", " 50000", "", "abc"})
    void anAmountThatIsNotAPositiveAmountWithUpToTwoDecimalsIsRefusedNamingTheAmount(String amount) {
        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "081234567890", "amount": "%s"}
                """.formatted(amount));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "amount");
    }

    @Test
    void aZeroAmountIsRefusedAsNotGreaterThanZero() {
        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "081234567890", "amount": "0.00"}
                """);

        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("amount must be greater than zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0215551234", "+14155550123", "0812", "not-a-number"})
    void aCustomerNumberThatIsNotAnIndonesianMobileNumberIsRefusedNamingItWithoutEchoingIt(String number) {
        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": "%s", "amount": "50000"}
                """.formatted(number));

        assertInvalidFieldsWithoutCallingTheUseCase(result, "customerNumber");
        assertThat(result).bodyText().doesNotContain(number);
    }

    @Test
    void aCustomerNumberSentAsAJsonNumberIsRefusedNamingIt() {
        MvcTestResult result = postTopUp(KEY, """
                {"customerNumber": 81298765432, "amount": "50000"}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "customerNumber");
        assertThat(result).bodyText().doesNotContain("81298765432");
    }

    @Test
    void anInvalidKeyAndAnInvalidAmountAreNamedTogether() {
        MvcTestResult result = postTopUp("", """
                {"customerNumber": "081234567890", "amount": "0"}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "Idempotency-Key", "amount");
    }

    @Test
    void anInvalidKeyCustomerNumberAndAmountAreNamedTogetherWithoutEchoingTheNumber() {
        MvcTestResult result = postTopUp("", """
                {"customerNumber": "0215551234", "amount": "50000.001"}
                """);

        assertInvalidFieldsWithoutCallingTheUseCase(result, "Idempotency-Key", "amount", "customerNumber");
        assertThat(result).bodyText().doesNotContain("0215551234");
    }

    @Test
    void aMissingBodyIsRefusedWithoutCallingTheUseCase() {
        MvcTestResult result = postTopUp(KEY, "");

        assertInvalidFieldsWithoutCallingTheUseCase(result, "body");
    }

    @Test
    void aTopUpWithoutAnApiKeyIsUnauthorizedAndReachesNoUseCase() {
        MvcTestResult result = mvc.post().uri("/api/v1/top-ups").header("Idempotency-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(VALID_BODY).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result).hasHeader("WWW-Authenticate", "ApiKey");
        assertThat(fakes.topUps.calls()).isEmpty();
    }
}

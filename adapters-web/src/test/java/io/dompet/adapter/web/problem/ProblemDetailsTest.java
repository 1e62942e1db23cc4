package io.dompet.adapter.web.problem;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
class ProblemDetailsTest {

    private static final String PROBES = "/api/test/probes";
    private static final String VALID_PROBE = """
            {"reference": "r-1", "quantity": 2, "customerNumber": "081234567890", "amount": "50000"}
            """;

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult postProbe(MediaType contentType, String body) {
        return mvc.post().uri(PROBES).header("X-API-Key", ACME_KEY).contentType(contentType).content(body).exchange();
    }

    @Test
    void aValidBodyPassesAndDomainValuesAreWrittenTheApiWay() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, VALID_PROBE);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isEqualTo("""
                {"reference": "r-1", "customerNumber": "0812******90", "amount": "50000.00"}
                """, JsonCompareMode.STRICT);
    }

    @Test
    void aBodyOfAnUnsupportedContentTypeIsAnUnsupportedMediaTypeProblem() {
        MvcTestResult result = postProbe(MediaType.TEXT_PLAIN, "reference=r-1");

        assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("text/plain");
    }

    @Test
    void malformedJsonIsAnInvalidRequestAboutTheBodyThatDoesNotQuoteIt() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, "{\"reference\": \"secret-081234567890\", ");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors").isEqualTo(
                java.util.List.of(java.util.Map.of("field", "body", "message", "is not valid JSON")));
        assertThat(result).bodyText().doesNotContain("081234567890");
    }

    @Test
    void aMissingBodyIsAnInvalidRequestAboutTheBody() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, "");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void beanValidationErrorsNameEachInvalidField() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": " ", "quantity": -1, "customerNumber": "081234567890", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(java.util.List.of("quantity", "reference"));
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().allSatisfy(message ->
                assertThat(message).asString().isNotBlank());
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "customerNumber": "081234567890", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("quantity");
    }

    @Test
    void aDomainValueRefusedWhileReadingTheBodyNamesItsFieldWithTheDomainMessage() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "quantity": 1, "customerNumber": "0215551234", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors").isEqualTo(java.util.List.of(java.util.Map.of(
                "field", "customerNumber",
                "message", "phone number must be a mobile number (08…), not a landline")));
        assertThat(result).bodyText().doesNotContain("0215551234");
    }

    @Test
    void anAmountWithThreeDecimalsOrSentAsAJsonNumberIsRefusedNamingTheField() {
        MvcTestResult threeDecimals = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "quantity": 1, "customerNumber": "081234567890", "amount": "1.005"}
                """);
        MvcTestResult number = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "quantity": 1, "customerNumber": "081234567890", "amount": 1.00}
                """);

        assertProblem(threeDecimals, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(threeDecimals).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");
        assertThat(threeDecimals).bodyJson().extractingPath("$.errors[0].message").isEqualTo("amount must have at most two decimals");
        assertProblem(number, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(number).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsNamedWithoutQuotingTheValue() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "quantity": "many-081234567890", "customerNumber": "081234567890", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("quantity");
        assertThat(result).bodyText().doesNotContain("many");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        MvcTestResult result = mvc.get().uri("/api/test/pages?size=ten").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(result).bodyText().doesNotContain("ten");
    }

    @Test
    void aQueryParameterBreakingAConstraintIsNamed() {
        MvcTestResult result = mvc.get().uri("/api/test/pages?size=1000").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void aMissingQueryParameterIsNamed() {
        MvcTestResult result = mvc.get().uri("/api/test/pages").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void aConflictIsAConflictProblemWithTheDetailGiven() {
        MvcTestResult result = mvc.get().uri("/api/test/conflict").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.CONFLICT, "conflict");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The idempotency key was used with a different request.");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorProblemThatRevealsNothingButACorrelationIdAlsoLogged(
            CapturedOutput log) throws Exception {
        MvcTestResult result = mvc.get().uri("/api/test/failure").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(result).bodyText()
                .doesNotContain("hunter2")
                .doesNotContain("IllegalStateException")
                .doesNotContain("ProbeController")
                .doesNotContain("connection refused");
        String correlationId = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.correlationId");
        assertThat(correlationId).matches("[0-9a-f-]{36}");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("urn:uuid:" + correlationId);
        assertThat(log.getOut()).contains("correlation id " + correlationId).contains("IllegalStateException");
    }
}

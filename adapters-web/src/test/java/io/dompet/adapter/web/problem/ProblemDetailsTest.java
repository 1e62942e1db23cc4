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
    void a_valid_body_passes_and_domain_values_are_written_the_api_way() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, VALID_PROBE);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isEqualTo("""
                {"reference": "r-1", "customerNumber": "0812******90", "amount": "50000.00"}
                """, JsonCompareMode.STRICT);
    }

    @Test
    void a_body_of_an_unsupported_content_type_is_an_unsupported_media_type_problem() {
        MvcTestResult result = postProbe(MediaType.TEXT_PLAIN, "reference=r-1");

        assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("text/plain");
    }

    @Test
    void malformed_json_is_an_invalid_request_about_the_body_that_does_not_quote_it() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, "{\"reference\": \"secret-081234567890\", ");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors").isEqualTo(
                java.util.List.of(java.util.Map.of("field", "body", "message", "is not valid JSON")));
        assertThat(result).bodyText().doesNotContain("081234567890");
    }

    @Test
    void a_missing_body_is_an_invalid_request_about_the_body() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, "");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void bean_validation_errors_name_each_invalid_field() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": " ", "quantity": -1, "customerNumber": "081234567890", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(java.util.List.of("quantity", "reference"));
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().allSatisfy(message ->
                assertThat(message).asString().isNotBlank());
    }

    @Test
    void a_missing_required_field_is_named() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "customerNumber": "081234567890", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("quantity");
    }

    @Test
    void a_domain_value_refused_while_reading_the_body_names_its_field_with_the_domain_message() {
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
    void an_amount_with_three_decimals_or_sent_as_a_json_number_is_refused_naming_the_field() {
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
    void a_field_of_the_wrong_json_type_is_named_without_quoting_the_value() {
        MvcTestResult result = postProbe(MediaType.APPLICATION_JSON, """
                {"reference": "r-1", "quantity": "many-081234567890", "customerNumber": "081234567890", "amount": "1.00"}
                """);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("quantity");
        assertThat(result).bodyText().doesNotContain("many");
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_named() {
        MvcTestResult result = mvc.get().uri("/api/test/pages?size=ten").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(result).bodyText().doesNotContain("ten");
    }

    @Test
    void a_query_parameter_breaking_a_constraint_is_named() {
        MvcTestResult result = mvc.get().uri("/api/test/pages?size=1000").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void a_missing_query_parameter_is_named() {
        MvcTestResult result = mvc.get().uri("/api/test/pages").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void a_conflict_is_a_conflict_problem_with_the_detail_given() {
        MvcTestResult result = mvc.get().uri("/api/test/conflict").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.CONFLICT, "conflict");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The idempotency key was used with a different request.");
    }

    @Test
    void an_unexpected_failure_is_an_internal_error_problem_that_reveals_nothing_but_a_correlation_id_also_logged(
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

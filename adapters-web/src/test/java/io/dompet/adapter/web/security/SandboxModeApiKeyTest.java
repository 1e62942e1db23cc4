package io.dompet.adapter.web.security;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.KNOWN_CUSTOMER;
import static io.dompet.adapter.web.WebAdapterTestApplication.UNKNOWN_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.NotificationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class SandboxModeApiKeyTest {

    private static final String WALLET = "/api/v1/wallets/" + KNOWN_CUSTOMER;

    @Autowired
    FakeUseCases fakes;

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_request_without_an_api_key_is_refused_with_an_unauthorized_problem_and_an_api_key_challenge() {
        MvcTestResult result = mvc.get().uri(WALLET).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result).hasHeader("WWW-Authenticate", "ApiKey");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("X-API-Key");
    }

    @Test
    void a_request_with_a_wrong_api_key_is_refused_with_an_unauthorized_problem_that_does_not_repeat_the_key() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", "not-a-key-of-anyone").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result).hasHeader("WWW-Authenticate", "ApiKey");
        assertThat(result).bodyText().doesNotContain("not-a-key-of-anyone");
    }

    @Test
    void an_empty_api_key_is_refused_as_wrong() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", "").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void the_sandbox_key_is_accepted_in_sandbox_mode() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ApiKeys.SANDBOX_KEY).exchange();

        assertThat(result).hasStatusOk();
    }

    @Test
    void the_sandbox_key_reaches_the_wallet_not_found_problem_for_an_unknown_wallet() {
        MvcTestResult result = mvc.get().uri("/api/v1/wallets/" + UNKNOWN_CUSTOMER)
                .header("X-API-Key", ApiKeys.SANDBOX_KEY).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "wallet-not-found");
    }

    @Test
    void a_configured_key_is_accepted_next_to_the_sandbox_key() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
    }

    @Test
    void an_unknown_path_under_the_api_needs_a_key_first() {
        MvcTestResult result = mvc.get().uri("/api/v1/nothing-here").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void an_unknown_path_under_the_api_is_a_not_found_problem_for_an_authenticated_client() {
        MvcTestResult result = mvc.get().uri("/api/v1/nothing-here").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void a_path_outside_the_api_and_the_open_paths_is_forbidden_even_with_a_key() {
        assertProblem(mvc.get().uri("/").exchange(), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(mvc.get().uri("/actuator/env").header("X-API-Key", ACME_KEY).exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void callbacks_are_not_behind_the_api_key() {
        fakes.reset();
        fakes.notifications.answersWith(new NotificationResult.Malformed("empty body"));

        MvcTestResult result = mvc.post().uri("/callbacks/finpay/top-up").exchange();

        // security lets the request through to the callback, which the use case refuses on its own terms
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.responseCode").isEqualTo("4000001");
        assertThat(fakes.notifications.calls()).hasSize(1);
    }
}

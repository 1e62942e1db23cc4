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
    void aRequestWithoutAnApiKeyIsRefusedWithAnUnauthorizedProblemAndAnApiKeyChallenge() {
        MvcTestResult result = mvc.get().uri(WALLET).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result).hasHeader("WWW-Authenticate", "ApiKey");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("X-API-Key");
    }

    @Test
    void aRequestWithAWrongApiKeyIsRefusedWithAnUnauthorizedProblemThatDoesNotRepeatTheKey() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", "not-a-key-of-anyone").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result).hasHeader("WWW-Authenticate", "ApiKey");
        assertThat(result).bodyText().doesNotContain("not-a-key-of-anyone");
    }

    @Test
    void anEmptyApiKeyIsRefusedAsWrong() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", "").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void theSandboxKeyIsAcceptedInSandboxMode() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ApiKeys.SANDBOX_KEY).exchange();

        assertThat(result).hasStatusOk();
    }

    @Test
    void theSandboxKeyReachesTheWalletNotFoundProblemForAnUnknownWallet() {
        MvcTestResult result = mvc.get().uri("/api/v1/wallets/" + UNKNOWN_CUSTOMER)
                .header("X-API-Key", ApiKeys.SANDBOX_KEY).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "wallet-not-found");
    }

    @Test
    void aConfiguredKeyIsAcceptedNextToTheSandboxKey() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
    }

    @Test
    void anUnknownPathUnderTheApiNeedsAKeyFirst() {
        MvcTestResult result = mvc.get().uri("/api/v1/nothing-here").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void anUnknownPathUnderTheApiIsANotFoundProblemForAnAuthenticatedClient() {
        MvcTestResult result = mvc.get().uri("/api/v1/nothing-here").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void aPathOutsideTheApiAndTheOpenPathsIsForbiddenEvenWithAKey() {
        assertProblem(mvc.get().uri("/").exchange(), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(mvc.get().uri("/actuator/env").header("X-API-Key", ACME_KEY).exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void callbacksAreNotBehindTheApiKey() {
        fakes.reset();
        fakes.notifications.answersWith(new NotificationResult.Malformed("empty body"));

        MvcTestResult result = mvc.post().uri("/callbacks/finpay/top-up").exchange();

        // security lets the request through to the callback, which the use case refuses on its own terms
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.responseCode").isEqualTo("4000001");
        assertThat(fakes.notifications.calls()).hasSize(1);
    }
}

package io.dompet.adapter.web.security;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.KNOWN_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class, properties = "test.sandbox-mode=false")
@AutoConfigureMockMvc
class ProductionModeApiKeyTest {

    private static final String WALLET = "/api/v1/wallets/" + KNOWN_CUSTOMER;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theSandboxKeyIsRefusedOutsideSandboxMode() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ApiKeys.SANDBOX_KEY).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result).hasHeader("WWW-Authenticate", "ApiKey");
    }

    @Test
    void aConfiguredKeyIsAccepted() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
    }

    @Test
    void resourcesSayTheyAreLiveOutsideSandboxMode() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).bodyJson().extractingPath("$.livemode").isEqualTo(true);
    }

    @Test
    void aKeyDifferingFromAConfiguredOneInItsLastCharacterIsRefused() {
        String almost = ACME_KEY.substring(0, ACME_KEY.length() - 1) + "X";

        assertProblem(mvc.get().uri(WALLET).header("X-API-Key", almost).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void theDigestOfAKeyIsNotAKey() {
        String digest = WebAdapterTestApplication.sha256Hex(ACME_KEY);

        assertProblem(mvc.get().uri(WALLET).header("X-API-Key", digest).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void noSessionIsCreatedForAnAuthenticatedRequest() {
        MvcTestResult result = mvc.get().uri(WALLET).header("X-API-Key", ACME_KEY).exchange();

        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result).doesNotContainHeader("Set-Cookie");
    }
}

package io.dompet.autoconfigure.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class SandboxModeEnvironmentTest {

    private final SandboxModeEnvironment postProcessor = new SandboxModeEnvironment();

    private MockEnvironment process(MockEnvironment environment) {
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withNothingConfiguredSandboxModeIsOnAndFinpaySettingsPointAtTheSandbox() {
        MockEnvironment environment = process(new MockEnvironment());

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isEqualTo("http://localhost:8089");
        assertThat(environment.getProperty("dompet.finpay.bill-widget.base-url")).isEqualTo("http://localhost:8089");
        assertThat(environment.getProperty("dompet.finpay.snap.private-key")).contains("BEGIN PRIVATE KEY");
        assertThat(environment.getProperty("dompet.finpay.notify.public-key")).contains("BEGIN PUBLIC KEY");
        assertThat(environment.getProperty("dompet.finpay.snap.client-id")).isNotBlank();
    }

    @Test
    void settingsThatDecideNothingLeaveSandboxModeOn() {
        MockEnvironment environment = process(new MockEnvironment()
                .withProperty("dompet.reconciliation.interval", "1s").withProperty("server.port", "9090")
                .withProperty("spring.datasource.username", "dompet"));

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isTrue();
        assertThat(ModeDecision.of(environment).reason()).isEqualTo("sandbox mode: nothing configured");
    }

    @Test
    void onlyADatabaseUrlTurnsSandboxModeOff() {
        MockEnvironment environment = process(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/dompet"));

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isFalse();
        assertThat(ModeDecision.of(environment).reason()).isEqualTo("live mode: spring.datasource.url is set");
    }

    @Test
    void onlyAnApiKeyTurnsSandboxModeOff() {
        MockEnvironment environment = process(new MockEnvironment()
                .withProperty("dompet.api.keys.backoffice", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isFalse();
    }

    @Test
    void anyFinpayPropertyAlsoAsAnEnvironmentVariableTurnsSandboxModeOff() {
        MockEnvironment other = process(new MockEnvironment().withProperty("dompet.finpay.snap.read-timeout", "1s"));
        MockEnvironment variable = new MockEnvironment();
        variable.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("DOMPET_FINPAY_NOTIFY_PARTNERID", "finpay", "PATH", "/usr/bin")));
        process(variable);

        assertThat(other.getProperty("dompet.sandbox.enabled", Boolean.class)).isFalse();
        assertThat(variable.getProperty("dompet.sandbox.enabled", Boolean.class)).isFalse();
        assertThat(ModeDecision.of(variable).reason()).startsWith("live mode: dompet.finpay.notify.");
    }

    @Test
    void theDecisionIsTheSameWhenTakenAgain() {
        MockEnvironment environment = process(new MockEnvironment());
        process(environment);

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isTrue();
        assertThat(ModeDecision.of(environment).configured()).isEmpty();
    }

    @Test
    void anyOneFinpayBaseUrlTurnsSandboxModeOffAndAddsNoDefaults() {
        MockEnvironment environment = process(new MockEnvironment()
                .withProperty("dompet.finpay.money.base-url", "https://demos.finnet.co.id/apicobrand"));

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isFalse();
        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isNull();
        assertThat(environment.getProperty("dompet.finpay.snap.private-key")).isNull();
    }

    @Test
    void anExplicitSwitchWinsOverTheBaseUrls() {
        MockEnvironment on = process(new MockEnvironment()
                .withProperty("dompet.sandbox.enabled", "true")
                .withProperty("dompet.finpay.snap.base-url", "https://snapstag.finnet.co.id"));
        MockEnvironment off = process(new MockEnvironment().withProperty("dompet.sandbox.enabled", "false"));

        assertThat(on.getProperty("dompet.sandbox.enabled", Boolean.class)).isTrue();
        assertThat(ModeDecision.of(on).baseUrls()).containsExactly("dompet.finpay.snap.base-url");
        assertThat(ModeDecision.of(on).reason()).isEqualTo("sandbox mode: dompet.sandbox.enabled=true");
        assertThat(off.getProperty("dompet.sandbox.enabled", Boolean.class)).isFalse();
        assertThat(off.getProperty("dompet.finpay.snap.client-id")).isNull();
    }

    @Test
    void explicitlyConfiguredFinpaySettingsWinOverTheSandboxDefaults() {
        MockEnvironment environment = process(new MockEnvironment()
                .withProperty("dompet.sandbox.enabled", "true")
                .withProperty("dompet.finpay.snap.base-url", "https://snapstag.finnet.co.id")
                .withProperty("dompet.finpay.snap.client-id", "merchant-42"));

        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isEqualTo("https://snapstag.finnet.co.id");
        assertThat(environment.getProperty("dompet.finpay.snap.client-id")).isEqualTo("merchant-42");
        assertThat(environment.getProperty("dompet.finpay.money.base-url")).isEqualTo("http://localhost:8089/apicobrand");
    }

    @Test
    void theSandboxPortMovesTheDefaultUrls() {
        MockEnvironment environment = process(new MockEnvironment().withProperty("dompet.sandbox.port", "9123"));

        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isEqualTo("http://localhost:9123");
    }

    @Test
    void portZeroIsReplacedByAConcreteFreePortBeforeTheUrlsAreBuilt() {
        MockEnvironment environment = process(new MockEnvironment().withProperty("dompet.sandbox.port", "0"));

        int port = environment.getProperty("dompet.sandbox.port", Integer.class);
        assertThat(port).isPositive();
        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isEqualTo("http://localhost:" + port);
    }

    @Test
    void anExternalSandboxReplacesTheInProcessOneInTheFinpaySettings() {
        MockEnvironment environment = process(new MockEnvironment()
                .withProperty("dompet.sandbox.enabled", "true")
                .withProperty("dompet.sandbox.port", "0")
                .withProperty("dompet.sandbox.external-url", "http://127.0.0.1:18089/"));

        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isEqualTo("http://127.0.0.1:18089");
        assertThat(environment.getProperty("dompet.finpay.money.base-url")).isEqualTo("http://127.0.0.1:18089/apicobrand");
        assertThat(environment.getProperty("dompet.finpay.snap.client-secret")).isNotBlank();
        assertThat(environment.getProperty("dompet.sandbox.port", Integer.class)).isZero();
    }

    @Test
    void theApiDocumentationIsOnInSandboxModeAndOffInLiveModeUnlessEnabled() {
        MockEnvironment sandbox = process(new MockEnvironment());
        MockEnvironment live = process(new MockEnvironment().withProperty("dompet.sandbox.enabled", "false"));
        MockEnvironment liveWithDocs = process(new MockEnvironment().withProperty("dompet.sandbox.enabled", "false")
                .withProperty("dompet.api.docs.enabled", "true"));
        MockEnvironment sandboxWithoutDocs = process(new MockEnvironment()
                .withProperty("dompet.api.docs.enabled", "false"));

        assertThat(sandbox.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
        assertThat(sandbox.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("true");
        assertThat(live.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(live.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
        assertThat(liveWithDocs.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
        assertThat(sandboxWithoutDocs.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
    }
}

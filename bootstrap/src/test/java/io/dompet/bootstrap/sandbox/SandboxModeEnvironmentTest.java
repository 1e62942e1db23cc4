package io.dompet.bootstrap.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class SandboxModeEnvironmentTest {

    private final SandboxModeEnvironment postProcessor = new SandboxModeEnvironment();

    private MockEnvironment process(MockEnvironment environment) {
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withNoFinpayBaseUrlSandboxModeIsOnAndFinpaySettingsPointAtTheSandbox() {
        MockEnvironment environment = process(new MockEnvironment());

        assertThat(environment.getProperty("dompet.sandbox.enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("dompet.finpay.snap.base-url")).isEqualTo("http://localhost:8089");
        assertThat(environment.getProperty("dompet.finpay.bill-widget.base-url")).isEqualTo("http://localhost:8089");
        assertThat(environment.getProperty("dompet.finpay.snap.private-key")).contains("BEGIN PRIVATE KEY");
        assertThat(environment.getProperty("dompet.finpay.notify.public-key")).contains("BEGIN PUBLIC KEY");
        assertThat(environment.getProperty("dompet.finpay.snap.client-id")).isNotBlank();
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
}

package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * Live mode is what dompet runs in as soon as anything is configured, and it refuses to start, with one report naming
 * every problem, unless it is configured completely, with credentials of its own and a database of its own. These
 * refusals come before any database or sandbox starts, so each attempt is quick.
 */
class ProductionModeStartupTest {

    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:1/dompet";
    private static final URI FINPAY = URI.create("https://snapstag.finnet.co.id");

    @TempDir
    Path directory;

    private final LiveSettings live = new LiveSettings();

    private InvalidConfigurationException refusal(Map<String, ?> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("server.port", "0");
        all.put("dompet.sandbox.port", "0");
        SpringApplicationBuilder application = new SpringApplicationBuilder(DompetApplication.class);
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> application.run(CommandLine.args(all))).satisfies(thrown -> failure[0] = thrown);
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure[0]);
        assertThat(cause).isInstanceOf(InvalidConfigurationException.class);
        return (InvalidConfigurationException) cause;
    }

    @Test
    void oneFinpayBaseUrlWithoutTheRestStopsStartUpNamingEveryMissingProperty() {
        InvalidConfigurationException refusal = refusal(Map.of("dompet.finpay.snap.base-url", FINPAY.toString(),
                "spring.datasource.url", DATABASE));

        assertThat(refusal).hasMessageContaining("dompet.finpay.snap.client-secret")
                .hasMessageContaining("dompet.finpay.money.base-url")
                .hasMessageContaining("dompet.finpay.notify.public-key")
                .hasMessageContaining("no API key configured")
                .message().doesNotContain("dompet.finpay.snap.base-url=").doesNotContain("snapstag");
    }

    @Test
    void onlyADatabaseUrlMeansLiveModeAndOneReportNamesEveryMissingProperty() {
        InvalidConfigurationException refusal = refusal(Map.of("spring.datasource.url", DATABASE));

        assertThat(refusal).hasMessageContaining("live mode: spring.datasource.url is set")
                .hasMessageContaining("no API key configured");
        assertThat(refusal.properties()).contains("dompet.finpay.snap.base-url", "dompet.finpay.snap.client-id",
                "dompet.finpay.snap.client-secret", "dompet.finpay.snap.private-key", "dompet.finpay.snap.channel-id",
                "dompet.finpay.snap.origin", "dompet.finpay.money.base-url", "dompet.finpay.money.username",
                "dompet.finpay.money.password", "dompet.finpay.money.secret-key", "dompet.finpay.bill-widget.base-url",
                "dompet.finpay.bill-widget.merchant-key", "dompet.finpay.notify.public-key",
                "dompet.finpay.notify.partner-id", "dompet.finpay.notify.merchant-id",
                "dompet.api.keys.<client-name>");
    }

    @Test
    void anyOneFinpayPropertyMeansLiveMode() {
        InvalidConfigurationException refusal = refusal(Map.of("dompet.finpay.max-concurrent-calls", "10"));

        assertThat(refusal).hasMessageContaining("live mode: dompet.finpay.max-concurrent-calls is set");
        assertThat(refusal.properties()).contains("dompet.finpay.snap.base-url", "spring.datasource.url");
    }

    @Test
    void onlyAnApiKeyMeansLiveMode() {
        InvalidConfigurationException refusal = refusal(Map.of("dompet.api.keys.backoffice",
                LiveSettings.sha256Hex("a-secret-key")));

        assertThat(refusal).hasMessageContaining("live mode: dompet.api.keys.backoffice is set");
        assertThat(refusal.properties()).contains("dompet.finpay.snap.client-secret", "spring.datasource.url")
                .doesNotContain("dompet.api.keys.<client-name>");
    }

    @Test
    void sandboxModeWithAFinpayBaseUrlIsRefused() {
        InvalidConfigurationException refusal = refusal(Map.of("dompet.sandbox.enabled", "true",
                "dompet.finpay.money.base-url", "https://demos.finnet.co.id/apicobrand",
                "dompet.embedded-postgres.data-dir", directory.resolve("pgdata").toString()));

        assertThat(refusal).hasMessageContaining("no mixed mode");
        assertThat(refusal.properties()).containsExactly("dompet.finpay.money.base-url");
    }

    @Test
    void liveModeRefusesEverySandboxCredentialAndKeyNamingTheProperty() {
        SandboxCredentials sandbox = SandboxCredentials.defaults();
        Map<String, String> properties = new LinkedHashMap<>(live.properties(FINPAY));
        properties.put("spring.datasource.url", DATABASE);
        properties.put("dompet.api.keys.live-test", LiveSettings.sha256Hex("dompet-sandbox-key"));
        properties.put("dompet.finpay.snap.client-secret", sandbox.snap().clientSecret());
        properties.put("dompet.finpay.snap.private-key", SandboxKeys.bundled().merchantPrivateKeyPem());
        properties.put("dompet.finpay.money.password", sandbox.money().password());
        properties.put("dompet.finpay.money.secret-key", sandbox.money().secretKey());
        properties.put("dompet.finpay.bill-widget.merchant-key", sandbox.billWidget().merchantKey());
        properties.put("dompet.finpay.notify.public-key", SandboxKeys.bundled().finpayPublicKeyPem());

        InvalidConfigurationException refusal = refusal(properties);

        assertThat(refusal.properties()).containsExactlyInAnyOrder("dompet.api.keys.live-test",
                "dompet.finpay.snap.client-secret", "dompet.finpay.snap.private-key", "dompet.finpay.money.password",
                "dompet.finpay.money.secret-key", "dompet.finpay.bill-widget.merchant-key",
                "dompet.finpay.notify.public-key");
        assertThat(refusal).hasMessageContaining("sandbox's public credentials or keys")
                .message().doesNotContain(sandbox.snap().clientSecret()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void liveModeWithoutADatabaseUrlIsRefusedUnlessTheEmbeddedDatabaseIsEnabled() {
        InvalidConfigurationException refusal = refusal(live.properties(FINPAY));

        assertThat(refusal.properties()).containsExactly("spring.datasource.url");
        assertThat(refusal).hasMessageContaining("dompet.embedded-postgres.enabled=true");
    }

    @Test
    void liveModeWithTheEmbeddedDatabaseNeedsAnAbsoluteDataDirectory() {
        for (Map<String, String> embedded : List.of(Map.of("dompet.embedded-postgres.enabled", "true"),
                Map.of("dompet.embedded-postgres.enabled", "true", "dompet.embedded-postgres.data-dir", "data/pg"))) {
            Map<String, String> properties = new LinkedHashMap<>(live.properties(FINPAY));
            properties.putAll(embedded);

            assertThat(refusal(properties).properties()).as(embedded.toString())
                    .containsExactly("dompet.embedded-postgres.data-dir");
        }
    }

    @Test
    void liveModeRefusesAnExternalSandbox() {
        Map<String, String> properties = new LinkedHashMap<>(live.properties(FINPAY));
        properties.put("spring.datasource.url", DATABASE);
        properties.put("dompet.sandbox.external-url", "http://127.0.0.1:18089");

        assertThat(refusal(properties).properties()).containsExactly("dompet.sandbox.external-url");
    }

    @Test
    void liveModeWithoutTheNotifyPartnerAndMerchantIdsIsRefused() {
        Map<String, String> properties = new LinkedHashMap<>(live.properties(FINPAY));
        properties.put("spring.datasource.url", DATABASE);
        properties.remove("dompet.finpay.notify.partner-id");
        properties.remove("dompet.finpay.notify.merchant-id");

        assertThat(refusal(properties).properties())
                .containsExactly("dompet.finpay.notify.partner-id", "dompet.finpay.notify.merchant-id");
    }
}

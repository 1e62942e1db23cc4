package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three ways dompet runs, each through the whole application: sandbox mode with nothing configured (the README's
 * run command), sandbox mode against an external sandbox (as the fault suite runs it), and live mode with credentials
 * of its own against a Finpay stand-in that accepts only those. Each says at start-up which mode and why.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModeEndToEndTest {

    private static final String CUSTOMER = "081234567890";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void withNothingConfiguredDompetServesInSandboxModeWithTheInProcessSandboxAndTheApiDocumentation(
            @TempDir Path directory, CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext dompet = start(Map.of(
                "dompet.embedded-postgres.data-dir", directory.resolve("pgdata").toString()))) {
            assertThat(dompet.getEnvironment().getProperty("dompet.sandbox.enabled")).isEqualTo("true");
            assertThat(dompet.getBeansOfType(FinpaySandbox.class)).hasSize(1);
            assertThat(get(dompet, "/actuator/health", null).statusCode()).isEqualTo(200);
            assertThat(get(dompet, "/v3/api-docs", null).statusCode()).isEqualTo(200);
            assertThat(get(dompet, "/api/v1/wallets/081299990000", SandboxApplicationTest.SANDBOX_KEY).statusCode())
                    .isEqualTo(404);
            assertThat(output.getOut()).contains("SANDBOX MODE").contains("sandbox mode: nothing configured");
        }
    }

    @Test
    void anExternalSandboxIsUsedInsteadOfStartingOne(@TempDir Path directory, CapturedOutput output)
            throws Exception {
        try (FinpaySandbox external = FinpaySandbox.start(SandboxSettings.defaults().withPort(0))) {
            try (ConfigurableApplicationContext dompet = start(Map.of(
                    "dompet.sandbox.enabled", "true",
                    "dompet.sandbox.external-url", external.baseUrl().toString(),
                    "dompet.embedded-postgres.data-dir", directory.resolve("pgdata").toString()))) {
                assertThat(dompet.getBeansOfType(FinpaySandbox.class)).as("no in-process sandbox").isEmpty();

                HttpResponse<String> topUp = topUp(dompet, SandboxApplicationTest.SANDBOX_KEY);

                assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(201);
                assertThat(json.readTree(topUp.body()).path("status").asString()).isEqualTo("SUCCEEDED");
                assertThat(processedBy(external, json.readTree(topUp.body()).path("partnerReferenceNo").asString()))
                        .isEqualTo(1);
                assertThat(output.getOut()).contains("sandbox mode: dompet.sandbox.enabled=true")
                        .contains("external").contains(external.baseUrl().toString().replaceAll("/+$", ""));
            }
        }
    }

    @Test
    void liveModeTalksToTheConfiguredFinpayAcceptsNoSandboxKeyAndHidesTheApiDocumentation(CapturedOutput output)
            throws Exception {
        LiveSettings live = new LiveSettings();
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.startTemporary();
             FinpaySandbox finpay = live.startFinpay()) {
            Map<String, String> properties = new LinkedHashMap<>(live.properties(finpay.baseUrl()));
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", database.username());
            try (ConfigurableApplicationContext dompet = start(properties)) {
                assertThat(dompet.getEnvironment().getProperty("dompet.sandbox.enabled")).isEqualTo("false");
                assertThat(dompet.getBeansOfType(FinpaySandbox.class)).as("no sandbox in live mode").isEmpty();
                assertThat(get(dompet, "/v3/api-docs", null).statusCode()).isEqualTo(404);
                assertThat(get(dompet, "/swagger-ui.html", null).statusCode()).isEqualTo(404);
                assertThat(topUp(dompet, SandboxApplicationTest.SANDBOX_KEY).statusCode()).isEqualTo(401);

                HttpResponse<String> topUp = topUp(dompet, LiveSettings.API_KEY);

                assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(201);
                assertThat(processedBy(finpay, json.readTree(topUp.body()).path("partnerReferenceNo").asString()))
                        .isEqualTo(1);
                assertThat(output.getOut()).contains("LIVE MODE").contains("live mode: dompet.api.keys.live-test")
                        .doesNotContain("SANDBOX MODE")
                        .doesNotContain(LiveSettings.CREDENTIALS.snap().clientSecret());
            }

            properties.put("dompet.api.docs.enabled", "true");
            try (ConfigurableApplicationContext dompet = start(properties)) {
                assertThat(get(dompet, "/v3/api-docs", null).statusCode()).isEqualTo(200);
            }
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("server.port", "0");
        all.put("dompet.sandbox.port", "0");
        all.put("dompet.reconciliation.enabled", "false");
        return new SpringApplicationBuilder(DompetApplication.class).run(CommandLine.args(all));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext dompet, String path, @Nullable String apiKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(dompet, path)).timeout(Duration.ofSeconds(10)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> topUp(ConfigurableApplicationContext dompet, String apiKey) throws Exception {
        return http.send(HttpRequest.newBuilder(url(dompet, "/api/v1/top-ups")).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .header("Idempotency-Key", "mode-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customerNumber\":\"" + CUSTOMER + "\",\"amount\":\"50000\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many top-ups {@code finpay} processed with this {@code partnerReferenceNo}. */
    private long processedBy(FinpaySandbox finpay, String partnerReferenceNo) throws Exception {
        JsonNode all = json.readTree(http.send(HttpRequest.newBuilder(finpay.baseUrl().resolve("/sandbox/top-ups"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        long count = 0;
        for (JsonNode topUp : all) {
            if (topUp.path("partnerReferenceNo").asString().equals(partnerReferenceNo)) {
                count++;
            }
        }
        return count;
    }

    private static URI url(ConfigurableApplicationContext dompet, String path) {
        return URI.create("http://localhost:" + dompet.getEnvironment().getProperty("local.server.port") + path);
    }
}

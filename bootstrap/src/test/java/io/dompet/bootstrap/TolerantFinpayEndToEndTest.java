package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SnapVariant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A direct top-up through the whole application against an external sandbox that answers as Finpay's samples do where
 * they disagree with its tables: the fee written as whole rupiah ({@code "1000"}, to be echoed exactly), a top-up
 * success without {@code referenceNo}, an access token without {@code expiresIn}. dompet tops the customer up once,
 * under the reference its status inquiry names.
 */
class TolerantFinpayEndToEndTest {

    private static final String CUSTOMER = "081234567890";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTopUpAnsweredAsFinpaysSamplesDoSucceedsUnderTheStatusInquirysReferenceAndIsProcessedOnce(
            @TempDir Path directory) throws Exception {
        SnapVariant samples = SnapVariant.defaults().withFeeAmount(SnapVariant.AmountFormat.INTEGER)
                .withTopUpReferenceNo(SnapVariant.AnswerField.OMIT).withTokenExpiresIn(SnapVariant.AnswerField.OMIT);
        try (FinpaySandbox external = FinpaySandbox.start(SandboxSettings.defaults().withPort(0)
                .withSnapVariant(samples));
             ConfigurableApplicationContext dompet = start(Map.of(
                     "dompet.sandbox.enabled", "true",
                     "dompet.sandbox.external-url", external.baseUrl().toString(),
                     "dompet.embedded-postgres.data-dir", directory.resolve("pgdata").toString()))) {

            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(dompet, "/api/v1/top-ups"))
                    .timeout(Duration.ofSeconds(30)).header("X-API-Key", SandboxApplicationTest.SANDBOX_KEY)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "tolerant-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"customerNumber\":\"" + CUSTOMER + "\",\"amount\":\"50000\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode body = json.readTree(response.body());
            assertThat(body.path("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(body.path("fee").asString()).isEqualTo("1000.00");
            JsonNode processed = processedBy(external, body.path("partnerReferenceNo").asString());
            assertThat(processed).hasSize(1);
            assertThat(body.path("referenceNo").asString()).isNotBlank()
                    .isEqualTo(processed.get(0).path("referenceNo").asString());
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("server.port", "0");
        all.put("dompet.sandbox.port", "0");
        all.put("dompet.reconciliation.enabled", "false");
        return new SpringApplicationBuilder(DompetApplication.class).properties(all).run();
    }

    /** The top-ups {@code finpay} processed with this {@code partnerReferenceNo}. */
    private JsonNode processedBy(FinpaySandbox finpay, String partnerReferenceNo) throws Exception {
        JsonNode all = json.readTree(http.send(HttpRequest.newBuilder(finpay.baseUrl().resolve("/sandbox/top-ups"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        var matching = json.createArrayNode();
        for (JsonNode topUp : all) {
            if (topUp.path("partnerReferenceNo").asString().equals(partnerReferenceNo)) {
                matching.add(topUp);
            }
        }
        return matching;
    }

    private static URI url(ConfigurableApplicationContext dompet, String path) {
        return URI.create("http://localhost:" + dompet.getEnvironment().getProperty("local.server.port") + path);
    }
}

package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Metrics and request ids end to end, over HTTP: {@code /actuator/prometheus} for operator clients only, with dompet's
 * meters after a sandbox top-up; the request id of a top-up in its answer and in the log lines of its Finpay calls.
 */
class ObservabilityEndToEndTest extends SandboxApplicationTest {

    @RegisterExtension
    final CapturedLogs finpayLogs = CapturedLogs.of("io.dompet.adapter.finpay");

    @Test
    void prometheusShowsDompetsMetersAfterASandboxTopUp() throws Exception {
        HttpResponse<String> topUp = post("/api/v1/top-ups", "{\"customerNumber\":\"081234567890\",\"amount\":\"50000\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(json.readTree(topUp.body()).path("status").asString()).isEqualTo("SUCCEEDED");

        HttpResponse<String> scraped = get("/actuator/prometheus", SHOP_B_KEY);

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body())
                .contains("dompet_finpay_calls_seconds_count{operation=\"top-up\",outcome=\"accepted\"}")
                .contains("dompet_finpay_calls_seconds_count{operation=\"token\",outcome=\"accepted\"}")
                .containsPattern("(?m)^dompet_top_ups_total\\{status=\"SUCCEEDED\"} [1-9][0-9.E]*$")
                .contains("dompet_top_ups_total{status=\"PENDING\"}")
                .contains("dompet_notifications_total{result=\"credited\"}")
                .contains("dompet_webhook_deliveries_total{result=\"delivered\"}")
                .containsPattern("(?m)^dompet_top_ups_needing_review [0-9.E]+$")
                .containsPattern("(?m)^dompet_top_ups_oldest_open_age_seconds [0-9.E]+$")
                .containsPattern("(?m)^dompet_webhook_deliveries_backlog [0-9.E]+$")
                .containsPattern("(?m)^dompet_notification_conflicts_open [0-9.E]+$")
                .doesNotContain("081234567890");
    }

    @Test
    void prometheusIsForOperatorClientsOnly() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        HttpResponse<String> merchant = get("/actuator/prometheus", SHOP_A_KEY);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(merchant.statusCode()).isEqualTo(403);
        assertThat(json.readTree(merchant.body()).path("type").asString()).endsWith("/operator-required");
        assertThat(merchant.body()).doesNotContain("dompet_");
    }

    @Test
    void aRequestIdSentIsAnsweredAndInTheLogLinesOfTheFinpayCallsMadeForTheRequest() throws Exception {
        String requestId = "e2e-" + UUID.randomUUID();

        HttpResponse<String> topUp = post("/api/v1/top-ups", "{\"customerNumber\":\"081234567891\",\"amount\":\"50000\"}",
                "Idempotency-Key", UUID.randomUUID().toString(), "X-Request-Id", requestId);

        assertThat(topUp.headers().firstValue("X-Request-Id")).hasValue(requestId);
        assertThat(finpayLogs.events()).filteredOn(event -> event.getFormattedMessage().startsWith("Finpay SNAP topup"))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getMDCPropertyMap()).containsEntry("requestId", requestId))
                .extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(line -> assertThat(line).doesNotContain("081234567891"));
    }

    @Test
    void inEcsJsonTheLogLinesOfTheFinpayCallsParseAsJsonWithTheRequestIdAndAMaskedPhone() throws Exception {
        String requestId = "ecs-" + UUID.randomUUID();
        post("/api/v1/top-ups", "{\"customerNumber\":\"081234567892\",\"amount\":\"50000\"}",
                "Idempotency-Key", UUID.randomUUID().toString(), "X-Request-Id", requestId);
        // the encoder logging.structured.format.console=ecs puts on the console, in this application's logger context
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        ecs.setFormat("ecs");
        ecs.start();

        List<JsonNode> lines = new ArrayList<>();
        for (ILoggingEvent event : finpayLogs.events()) {
            if (event.getFormattedMessage().startsWith("Finpay SNAP")) {
                lines.add(json.readTree(new String(ecs.encode(event), StandardCharsets.UTF_8)));
            }
        }
        ecs.stop();

        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.path("requestId").asString()).isEqualTo(requestId);
            assertThat(line.path("log").path("level").asString()).isNotBlank();
            assertThat(line.toString()).doesNotContain("081234567892");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asString()).contains("0812******92"));
    }

    @Test
    void aProblemCarriesTheRequestIdOfItsRequestAndAMalformedOneIsReplaced() throws Exception {
        HttpResponse<String> refused = post("/api/v1/top-ups", "{\"customerNumber\":\"081234567890\"}",
                "Idempotency-Key", UUID.randomUUID().toString(), "X-Request-Id", "not well formed!");

        JsonNode problem = json.readTree(refused.body());
        String answered = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(answered).isNotEqualTo("not well formed!").matches("[0-9a-f-]{36}");
        assertThat(problem.path("requestId").asString()).isEqualTo(answered);
    }
}

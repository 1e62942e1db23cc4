package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closing the context, as SIGTERM does, while a slow top-up (sandbox test customer {@code …0006}, whose success comes
 * after 2 s) is in flight: readiness goes DOWN and new top-ups are refused with {@code finpay-busy} while the web server
 * still answers, and the top-up in flight finishes with its final answer, stored {@code SUCCEEDED}. dompet runs on a
 * PostgreSQL of the test's own, so that the database can be read after dompet has stopped (in sandbox mode, asked for
 * explicitly, since a database URL alone means live mode).
 */
class GracefulShutdownEndToEndTest {

    private static final String SLOW_CUSTOMER = "081234560006";

    private final EmbeddedPostgresServer database = EmbeddedPostgresServer.startTemporary();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private int port;

    @AfterEach
    void stopTheDatabase() {
        database.close();
    }

    @Test
    void onShutdownReadinessGoesDownNewTopUpsAreRefusedAndTheTopUpInFlightSucceeds() throws Exception {
        ConfigurableApplicationContext dompet = new SpringApplicationBuilder(DompetApplication.class).run(
                "--server.port=0",
                "--dompet.sandbox.enabled=true",
                "--dompet.sandbox.port=0",
                "--dompet.reconciliation.enabled=false",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username());
        try {
            port = dompet.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            FinpayCallGate gate = dompet.getBean(FinpayCallGate.class);
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                    topUp(SLOW_CUSTOMER, "in-flight-" + UUID.randomUUID()).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitUntil(() -> gate.inFlight() == 1, "the slow top-up is in flight");

            CompletableFuture<Void> closing = CompletableFuture.runAsync(dompet::close);
            awaitUntil(gate::isClosed, "the gate is closed");

            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            String refusedKey = "refused-" + UUID.randomUUID();
            HttpResponse<String> refused = http.send(topUp("081234567890", refusedKey).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("https://dompet.io/problems/finpay-busy");

            HttpResponse<String> finished = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).as(finished.body()).isEqualTo(201);
            JsonNode topUp = json.readTree(finished.body());
            assertThat(topUp.path("status").asString()).isEqualTo("SUCCEEDED");
            closing.get(60, TimeUnit.SECONDS);

            assertThat(dompet.isActive()).isFalse();
            assertThat(storedStatus(topUp.path("id").asString())).isEqualTo("SUCCEEDED");
            assertThat(topUpsWithIdempotencyKey(refusedKey)).isZero();
        } finally {
            dompet.close();
        }
    }

    private HttpRequest.Builder topUp(String customer, String idempotencyKey) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/top-ups"))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", SandboxApplicationTest.SANDBOX_KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customerNumber\":\"" + customer + "\",\"amount\":\"50000\"}"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String storedStatus(String topUpId) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
             PreparedStatement query = connection.prepareStatement("select status from top_up where id = ?")) {
            query.setObject(1, UUID.fromString(topUpId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("top-up %s is stored", topUpId).isTrue();
                return row.getString(1);
            }
        }
    }

    private int topUpsWithIdempotencyKey(String key) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
             PreparedStatement query = connection.prepareStatement("select count(*) from top_up where idempotency_key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Waits for something another thread does; the bound is a safety net, not a measurement. */
    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting until " + what).isBefore(deadline);
            Thread.sleep(5);
        }
    }
}

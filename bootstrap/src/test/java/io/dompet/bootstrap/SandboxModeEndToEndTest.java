package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application as the README's run command starts it: sandbox mode, embedded PostgreSQL, real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dompet.sandbox.port=0")
class SandboxModeEndToEndTest {

    private static final Path DATA_DIR = temporaryDirectory();

    @DynamicPropertySource
    static void embeddedDatabaseInATemporaryDirectory(DynamicPropertyRegistry registry) {
        registry.add("dompet.embedded-postgres.data-dir", () -> DATA_DIR.resolve("pgdata").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    FinpaySandbox sandbox;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthIsUpWithTheDatabaseInIt() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessGroupsAreUp() throws Exception {
        assertThat(json.readTree(get("/actuator/health/liveness", null).body()).path("status").asString()).isEqualTo("UP");
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theDatabaseIsTheEmbeddedOneInTheConfiguredDirectoryAndMigrated() {
        assertThat(DATA_DIR.resolve("pgdata").resolve("PG_VERSION")).exists();
    }

    @Test
    void aWalletWithoutAnApiKeyIsRefusedAsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/wallets/081234567890", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anUnknownWalletWithTheSandboxKeyIsANotFoundProblemThatShowsOnlyTheMaskedNumber() throws Exception {
        HttpResponse<String> response = get("/api/v1/wallets/081234567890", "dompet-sandbox-key");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("0812****7890").doesNotContain("081234567890");
    }

    @Test
    void theSandboxRunsInProcessAndAnswersItsHealthCheck() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(sandbox.baseUrl().resolve("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAKeyAndDescribesTheWalletEndpoint() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/wallets/{customerNumber}").contains("X-API-Key");
    }

    private HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("dompet-e2e");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The foundation in the running application: health, API keys, problems, the in-process sandbox, OpenAPI. */
class SandboxModeEndToEndTest extends SandboxApplicationTest {

    @Autowired
    FinpaySandbox sandbox;

    @Autowired
    ObservationRegistry observations;

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
    void aRequestIsObservedButNotEachOfSpringSecuritysFiltersNorItsAuthorization() throws Exception {
        List<String> started = new CopyOnWriteArrayList<>();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });

        assertThat(get("/api/v1/wallets/081299990000", SANDBOX_KEY).statusCode()).isEqualTo(404);

        assertThat(started).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }

    /** The stand-alone application denies by default: dompet's own chain covers its paths only, a last chain the rest. */
    @Test
    void everyPathOutsideDompetsOwnIsAForbiddenProblemEvenWithAKey() throws Exception {
        for (String path : List.of("/", "/orders", "/actuator/env", "/actuator/info", "/error")) {
            HttpResponse<String> response = get(path, SANDBOX_KEY);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).path("type").asString()).as(path)
                    .isEqualTo("https://dompet.io/problems/forbidden");
        }
    }

    @Test
    void theDatabaseIsTheEmbeddedOneInTheConfiguredDirectory() {
        assertThat(dataDirectory().resolve("pgdata").resolve("PG_VERSION")).exists();
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
        HttpResponse<String> response = get("/api/v1/wallets/081299990000", SANDBOX_KEY);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("0812******00").doesNotContain("081299990000");
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
}

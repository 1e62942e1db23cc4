package io.dompet.sandbox;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.dompet.sandbox.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FinpaySandboxTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FinpaySandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void startedOnPortZeroItListensOnARealPortAndSaysWhere() {
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUrl()).isEqualTo(URI.create("http://localhost:" + sandbox.port()));
    }

    @Test
    void healthAnswersUpAsJson() throws Exception {
        HttpResponse<String> response = send("GET", "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anUnknownPathAnswersASnapStyle404() throws Exception {
        HttpResponse<String> response = send("GET", "/v1.0/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Json.readTree(response.body().getBytes());
        assertThat(body.get("responseCode").asString()).isEqualTo("4040000");
        assertThat(body.get("responseMessage").asString()).isEqualTo("Not Found");
    }

    @Test
    void aKnownPathWithTheWrongMethodAnswersASnapStyle405NamingTheAllowedMethod() throws Exception {
        HttpResponse<String> response = send("POST", "/health");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(response.body()).isEqualTo("{\"responseCode\":\"4050000\",\"responseMessage\":\"Method Not Allowed\"}");
    }

    @Test
    void closeReleasesThePortSoANewSandboxCanTakeIt() throws Exception {
        int port = sandbox.port();
        sandbox.close();

        try (FinpaySandbox again = FinpaySandbox.start(SandboxSettings.defaults().withPort(port))) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(http.send(HttpRequest.newBuilder(again.baseUrl().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void closeIsIdempotentAndStopsAnswering() {
        sandbox.close();
        sandbox.close();

        assertThatThrownBy(() -> send("GET", "/health")).isInstanceOf(ConnectException.class);
    }

    @Test
    void startingOnABusyPortFailsWithAMessageNamingThePort() {
        int busy = sandbox.port();

        assertThatThrownBy(() -> FinpaySandbox.start(SandboxSettings.defaults().withPort(busy)))
                .isInstanceOf(SandboxStartException.class)
                .hasMessageContaining("port " + busy)
                .hasMessageContaining("already in use");
    }

    @Test
    void aCallbackUrlSetAfterStartShowsInItsSettings() {
        URI callback = URI.create("http://localhost:8080/callbacks/finpay/top-up");

        sandbox.merchantCallbackUrl(callback);

        assertThat(sandbox.settings().merchantCallback()).hasValue(callback);
    }

    @Test
    void aCallbackUrlThatIsNotAnAbsoluteHttpUrlIsRefusedAndTheOldOneKept() {
        URI callback = URI.create("http://localhost:8080/callbacks/finpay/top-up");
        sandbox.merchantCallbackUrl(callback);

        assertThatThrownBy(() -> sandbox.merchantCallbackUrl(URI.create("/callbacks/finpay/top-up")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merchantCallbackUrl");
        assertThat(sandbox.settings().merchantCallback()).hasValue(callback);
    }

    @Test
    void itKeepsTheSettingsItWasStartedWith() {
        assertThat(sandbox.settings().credentials()).isEqualTo(SandboxCredentials.defaults());
        assertThat(sandbox.settings().bindAddress()).isEqualTo("127.0.0.1");
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

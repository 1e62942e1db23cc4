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
    void started_on_port_zero_it_listens_on_a_real_port_and_says_where() {
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUrl()).isEqualTo(URI.create("http://localhost:" + sandbox.port()));
    }

    @Test
    void health_answers_up_as_json() throws Exception {
        HttpResponse<String> response = send("GET", "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void an_unknown_path_answers_a_snap_style_404() throws Exception {
        HttpResponse<String> response = send("GET", "/v1.0/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Json.readTree(response.body().getBytes());
        assertThat(body.get("responseCode").asString()).isEqualTo("4040000");
        assertThat(body.get("responseMessage").asString()).isEqualTo("Not Found");
    }

    @Test
    void a_known_path_with_the_wrong_method_answers_a_snap_style_405_naming_the_allowed_method() throws Exception {
        HttpResponse<String> response = send("POST", "/health");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(response.body()).isEqualTo("{\"responseCode\":\"4050000\",\"responseMessage\":\"Method Not Allowed\"}");
    }

    @Test
    void close_releases_the_port_so_a_new_sandbox_can_take_it() throws Exception {
        int port = sandbox.port();
        sandbox.close();

        try (FinpaySandbox again = FinpaySandbox.start(SandboxSettings.defaults().withPort(port))) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(http.send(HttpRequest.newBuilder(again.baseUrl().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void close_is_idempotent_and_stops_answering() {
        sandbox.close();
        sandbox.close();

        assertThatThrownBy(() -> send("GET", "/health")).isInstanceOf(ConnectException.class);
    }

    @Test
    void starting_on_a_busy_port_fails_with_a_message_naming_the_port() {
        int busy = sandbox.port();

        assertThatThrownBy(() -> FinpaySandbox.start(SandboxSettings.defaults().withPort(busy)))
                .isInstanceOf(SandboxStartException.class)
                .hasMessageContaining("port " + busy)
                .hasMessageContaining("already in use");
    }

    @Test
    void a_callback_url_set_after_start_shows_in_its_settings() {
        URI callback = URI.create("http://localhost:8080/callbacks/finpay/top-up");

        sandbox.merchantCallbackUrl(callback);

        assertThat(sandbox.settings().merchantCallback()).hasValue(callback);
    }

    @Test
    void a_callback_url_that_is_not_an_absolute_http_url_is_refused_and_the_old_one_kept() {
        URI callback = URI.create("http://localhost:8080/callbacks/finpay/top-up");
        sandbox.merchantCallbackUrl(callback);

        assertThatThrownBy(() -> sandbox.merchantCallbackUrl(URI.create("/callbacks/finpay/top-up")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merchantCallbackUrl");
        assertThat(sandbox.settings().merchantCallback()).hasValue(callback);
    }

    @Test
    void it_keeps_the_settings_it_was_started_with() {
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

package io.dompet.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SandboxHttpServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SandboxHttpServer server;

    @BeforeEach
    void start() throws Exception {
        Router router = Router.builder()
                .post("/echo/{id}", request -> Reply.ok(Map.of(
                        "id", request.pathParameter("id"),
                        "timestamp", request.header("x-timestamp").orElse("none"),
                        "body", request.bodyText())).withHeader("X-EXTERNAL-ID", "42"))
                .get("/page", request -> Reply.html(200, "<p>" + request.queryParameter("token").orElse("") + "</p>"))
                .get("/boom", request -> {
                    throw new IllegalStateException("must not leak");
                })
                .build();
        server = SandboxHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), router, 2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theRawBodyHeadersAndPathParametersReachTheEndpointAndItsReplyGoesBack() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/echo/7"))
                .header("X-TIMESTAMP", "2024-04-17T12:03:38+07:00")
                .POST(HttpRequest.BodyPublishers.ofString("{ \"a\" : 1 }"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-EXTERNAL-ID")).hasValue("42");
        assertThat(Json.readTree(response.body().getBytes()).get("body").asString()).isEqualTo("{ \"a\" : 1 }");
        assertThat(Json.readTree(response.body().getBytes()).get("id").asString()).isEqualTo("7");
        assertThat(Json.readTree(response.body().getBytes()).get("timestamp").asString())
                .isEqualTo("2024-04-17T12:03:38+07:00");
    }

    @Test
    void anHtmlReplyIsServedAsHtml() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/page?token=abc")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo("<p>abc</p>");
    }

    @Test
    void aFailingEndpointAnswers500JsonWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/boom")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body())
                .isEqualTo("{\"responseCode\":\"5000000\",\"responseMessage\":\"Internal Server Error\"}");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413() throws Exception {
        byte[] huge = new byte[SandboxHttpServer.MAX_BODY_BYTES + 1];

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/echo/1"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"4130000\"");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}

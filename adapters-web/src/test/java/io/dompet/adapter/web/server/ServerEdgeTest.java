package io.dompet.adapter.web.server;

import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.adapter.web.limit.ApiBodyLimitFilter;
import io.dompet.adapter.web.topup.TopUps;
import io.dompet.application.port.in.TopUpResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What only a real server shows: requests Tomcat refuses before any servlet sees them, and request bodies sent with
 * and without a declared length. Through a real port, with raw HTTP where an HTTP client would refuse or repair the
 * request.
 */
@SpringBootTest(classes = WebAdapterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerEdgeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    FakeUseCases fakes;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/top-ups/%00",
            "/api/v1/top-ups/a%2Fb",
            "/api/v1/top-ups/a%5Cb",
            "/api/v1/top-ups/a\\b",
            "/api/v1/top-ups/%zz",
            "/api/v1/wallets/0812%0034567890",
    })
    void aPathTomcatRefusesIsAnInvalidRequestProblemNotTomcatsPage(String target) throws IOException {
        RawResponse response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ACME_KEY
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://dompet.io/problems/invalid-request");
        assertThat(problem.path("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asString()).startsWith("urn:uuid:");
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("34567890");
    }

    @Test
    void aCallbackPathTomcatRefusesIsAnsweredInFinpaysFormat() throws IOException {
        RawResponse response = raw("POST /callbacks/finpay/top-up%00 HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(response.body()).path("responseCode").asString()).isEqualTo("4000000");
    }

    @Test
    void aBodyDeclaredOver64KibIsRefusedWith413AndReachesNoUseCase() throws Exception {
        HttpResponse<String> response = http.send(topUp(HttpRequest.BodyPublishers.ofString(oversizedBody())),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("https://dompet.io/problems/request-too-large");
        assertThat(fakes.topUps.calls()).isEmpty();
    }

    @Test
    void aChunkedBodyOver64KibIsRefusedWith413AndReachesNoUseCase() throws Exception {
        byte[] body = oversizedBody().getBytes(StandardCharsets.UTF_8);
        // an InputStream publisher has no length: the body is sent chunked
        HttpResponse<String> response = http.send(topUp(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("https://dompet.io/problems/request-too-large");
        assertThat(fakes.topUps.calls()).isEmpty();
    }

    @Test
    void aChunkedBodyWithinTheCapReachesTheUseCaseUnchanged() throws Exception {
        fakes.topUps.answersWith(new TopUpResult.Executed(TopUps.succeeded("50000")));
        byte[] body = ("{\"customerNumber\": \"081234567890\", \"amount\": \"50000\", \"note\": \""
                + "x".repeat(ApiBodyLimitFilter.MAX_BODY_BYTES - 200) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(topUp(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(fakes.topUps.calls()).hasSize(1);
    }

    private HttpRequest topUp(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/top-ups"))
                .header("X-API-Key", ACME_KEY)
                .header("Idempotency-Key", TopUps.KEY)
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    /** A valid top-up request padded to 65 KiB with a member the API ignores. */
    private static String oversizedBody() {
        String start = "{\"customerNumber\": \"081234567890\", \"amount\": \"50000\", \"note\": \"";
        return start + "x".repeat(65 * 1024 - start.length() - 2) + "\"}";
    }

    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return RawResponse.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    private record RawResponse(int status, String headers, String body) {

        static RawResponse parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new RawResponse(status, head, body);
        }

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    break;
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }
    }
}

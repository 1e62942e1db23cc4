package io.dompet.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application as the README's run command starts it — sandbox mode, embedded PostgreSQL (in a temporary
 * directory), real HTTP on a random port — shared by the end-to-end tests (one Spring context for all of them).
 * Sandbox mode is asked for explicitly, because the shortened Finpay timeouts alone would mean live mode.
 * Timeouts are shortened so that "the answer arrives after dompet's read timeout" takes a second, not fifteen.
 * Sandbox mode is asked for explicitly, and two API clients are configured besides the sandbox key
 * ({@link #SHOP_A_KEY}, {@link #SHOP_B_KEY}; {@code shop-b} has the operator role), and a webhook endpoint
 * ({@link #WEBHOOKS}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dompet.sandbox.enabled=true",
        "dompet.sandbox.port=0",
        "dompet.finpay.snap.read-timeout=1s",
        "dompet.sandbox.slow-answer-delay=2s",
        "dompet.reconciliation.interval=500ms",
        "dompet.reconciliation.first-check-after=1s"})
abstract class SandboxApplicationTest {

    static final String SANDBOX_KEY = "dompet-sandbox-key";
    /** The keys of the configured API clients {@code shop-a} and {@code shop-b}. */
    static final String SHOP_A_KEY = "shop-a-0123456789-test-key";
    static final String SHOP_B_KEY = "shop-b-0123456789-test-key";
    private static final Path DATA_DIR = temporaryDirectory();
    /** The merchant's webhook endpoint {@code merchant}, for every test of this context (see WebhookEndToEndTest). */
    static final WebhookReceiver WEBHOOKS = new WebhookReceiver();

    @DynamicPropertySource
    static void embeddedDatabaseInATemporaryDirectory(DynamicPropertyRegistry registry) {
        registry.add("dompet.embedded-postgres.data-dir", () -> DATA_DIR.resolve("pgdata").toString());
        registry.add("dompet.api.keys.shop-a", () -> sha256Hex(SHOP_A_KEY));
        registry.add("dompet.api.keys.shop-b", () -> sha256Hex(SHOP_B_KEY));
        registry.add("dompet.api.clients.shop-b.roles", () -> "operator");
        registry.add("dompet.webhooks.merchant.url", WEBHOOKS::url);
        registry.add("dompet.webhooks.merchant.secret", () -> WebhookReceiver.SECRET);
        registry.add("dompet.webhooks.merchant.types", () -> "notification.credited,top_up.succeeded");
        registry.add("dompet.webhook-delivery.interval", () -> "200ms");
        registry.add("dompet.webhook-delivery.first-retry", () -> "200ms");
        registry.add("dompet.webhook-delivery.max-interval", () -> "1s");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();

    static Path dataDirectory() {
        return DATA_DIR;
    }

    HttpResponse<String> get(String path, @Nullable String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        return postAs(SANDBOX_KEY, path, body, headers);
    }

    HttpResponse<String> postAs(String apiKey, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256Hex(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("dompet-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

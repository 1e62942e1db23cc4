package com.example.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merchant's application on its own run-time class path — what a merchant's production host has: the starter and
 * what it brings, no test dependency, so neither the Finpay sandbox nor an embedded PostgreSQL — started in a JVM of
 * its own in live mode (every {@code dompet.finpay.*} setting given, with credentials and keys of its own, none of them
 * the sandbox's), against a Finpay stand-in this test runs that accepts exactly those. The class path is the one
 * Maven's dependency plugin writes to {@code target/runtime-classpath.txt} (this module's pom).
 */
class MerchantInLiveModeTest {

    private static final String CUSTOMER = "081977817902";
    private static final SandboxCredentials CREDENTIALS = new SandboxCredentials(
            new SandboxCredentials.Snap("merchant-live-client", "merchant-live-snap-secret", "95221", "merchant-live-client"),
            new SandboxCredentials.Money("merchant-live", "merchant-live-money-password", "merchant-live-money-secret"),
            new SandboxCredentials.BillWidget("MERCHLIVE", "merchant-live-bill-key"),
            new SandboxCredentials.NotifyTopUp("merchant-live-finpay", "MERCHANT-LIVE"));

    private static final Path CLASS_PATH_FILE = Path.of("target", "runtime-classpath.txt");
    private static final Path LOG = Path.of("target", "merchant-live-mode.log");

    private static EmbeddedPostgres postgres;
    private static FinpaySandbox finpay;
    private static Process merchant;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        KeyPair merchantKey = rsaKeyPair();
        KeyPair finpayNotifyKey = rsaKeyPair();
        postgres = EmbeddedPostgres.start();
        finpay = FinpaySandbox.start(SandboxSettings.defaults().withPort(0).withCredentials(CREDENTIALS)
                .withMerchantPublicKeyPem(pem("PUBLIC KEY", merchantKey.getPublic().getEncoded())));
        port = freePort();
        String base = "http://localhost:" + finpay.port();

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + Files.readString(CLASS_PATH_FILE).strip(),
                MerchantApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--dompet.api.keys.merchant-backend=" + sha256Hex("merchant-live-api-key"),
                "--dompet.finpay.snap.base-url=" + base,
                "--dompet.finpay.snap.client-id=" + CREDENTIALS.snap().clientId(),
                "--dompet.finpay.snap.client-secret=" + CREDENTIALS.snap().clientSecret(),
                "--dompet.finpay.snap.private-key=" + pem("PRIVATE KEY", merchantKey.getPrivate().getEncoded()),
                "--dompet.finpay.snap.channel-id=" + CREDENTIALS.snap().channelId(),
                "--dompet.finpay.snap.origin=merchant.example",
                "--dompet.finpay.money.base-url=" + base + "/apicobrand",
                "--dompet.finpay.money.username=" + CREDENTIALS.money().username(),
                "--dompet.finpay.money.password=" + CREDENTIALS.money().password(),
                "--dompet.finpay.money.secret-key=" + CREDENTIALS.money().secretKey(),
                "--dompet.finpay.bill-widget.base-url=" + base,
                "--dompet.finpay.bill-widget.merchant-id=" + CREDENTIALS.billWidget().merchantId(),
                "--dompet.finpay.bill-widget.merchant-key=" + CREDENTIALS.billWidget().merchantKey(),
                "--dompet.finpay.bill-widget.terminal=LIVE01",
                "--dompet.finpay.bill-widget.terminal-name=merchant live test",
                "--dompet.finpay.bill-widget.back-url=https://merchant.example/back",
                "--dompet.finpay.bill-widget.return-url=https://merchant.example/return",
                "--dompet.finpay.notify.public-key=" + pem("PUBLIC KEY", finpayNotifyKey.getPublic().getEncoded()),
                "--dompet.finpay.notify.partner-id=" + CREDENTIALS.notifyTopUp().partnerId(),
                "--dompet.finpay.notify.merchant-id=" + CREDENTIALS.notifyTopUp().merchantId()));
        merchant = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        awaitStarted();
    }

    @AfterAll
    static void stop() throws Exception {
        if (merchant != null) {
            merchant.destroy();
            if (!merchant.waitFor(30, TimeUnit.SECONDS)) {
                merchant.destroyForcibly();
            }
        }
        if (finpay != null) {
            finpay.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theApplicationsRunTimeClassPathHoldsNeitherTheFinpaySandboxNorAnEmbeddedPostgres() throws IOException {
        List<String> entries = Arrays.asList(Files.readString(CLASS_PATH_FILE).strip().split(File.pathSeparator));

        assertThat(entries).isNotEmpty()
                .noneMatch(entry -> entry.contains("finpay-sandbox"))
                .noneMatch(entry -> entry.contains("zonky"))
                .anyMatch(entry -> entry.contains("starter"));
    }

    @Test
    void aCustomersOrderIsToppedUpInLiveModeThroughTheUseCase() throws Exception {
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"idempotencyKey\":\"live-order-1\",\"customerNumber\":\""
                        + CUSTOMER + "\",\"amount\":30000}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(Files.readString(LOG)).contains("LIVE MODE");
        JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        assertThat(jdbc.sql("select status from merchant_order where idempotency_key = 'live-order-1'")
                .query(String.class).single()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select status from top_up").query(String.class).list()).containsExactly("SUCCEEDED");
        assertThat(jdbc.sql("select credited_total::text from wallet").query(String.class).list())
                .as("credited once").containsExactly("30000.00");
    }

    private static void awaitStarted() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            String log = Files.exists(LOG) ? Files.readString(LOG) : "";
            if (log.contains("Started MerchantApplication")) {
                return;
            }
            if (!merchant.isAlive()) {
                throw new AssertionError("the merchant's application stopped (exit " + merchant.exitValue() + "):\n" + log);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the merchant's application did not start in 90 s:\n" + Files.readString(LOG));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String sha256Hex(String text) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}

package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.notify.NotifyVerifierAdapter;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SignatureEncoding;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * dompet started as the README's run command starts it (sandbox mode, the in-process sandbox) with the Finpay switches
 * set away from their defaults — the bill widget's {@code signature-value-style=php}, {@code signature-case=upper},
 * {@code merchant-id-field=username}, {@code bill-amount-format=integer}, Notify's {@code signature-encoding=hex} and
 * {@code string-to-sign=snap-raw-body}: the in-process sandbox plays the same variant, so a bill widget is issued and
 * checks, and a sandbox notification is credited once. Then Notify against sandboxes of the test's own: signed like
 * dompet is set (pretty-printed, where the raw body matters) → credited once; each switch the other way → refused
 * {@code 401 4010000}, nothing credited, and the WARN line names the switch and the value that would verify.
 */
class SwitchedSandboxModeEndToEndTest {

    private static final String SANDBOX_KEY = SandboxApplicationTest.SANDBOX_KEY;

    @TempDir
    static Path directory;

    private static ConfigurableApplicationContext dompet;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    @RegisterExtension
    private final CapturedLogs logs = CapturedLogs.of(NotifyVerifierAdapter.class);

    @BeforeAll
    static void startDompetWithEverySwitchTheOtherWay() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("dompet.sandbox.enabled", "true");
        properties.put("dompet.sandbox.port", "0");
        properties.put("server.port", "0");
        properties.put("dompet.reconciliation.enabled", "false");
        properties.put("dompet.embedded-postgres.data-dir", directory.resolve("pgdata").toString());
        properties.put("dompet.finpay.bill-widget.signature-value-style", "php");
        properties.put("dompet.finpay.bill-widget.signature-case", "upper");
        properties.put("dompet.finpay.bill-widget.merchant-id-field", "username");
        properties.put("dompet.finpay.bill-widget.bill-amount-format", "integer");
        properties.put("dompet.finpay.notify.signature-encoding", "hex");
        properties.put("dompet.finpay.notify.string-to-sign", "snap-raw-body");
        dompet = new SpringApplicationBuilder(DompetApplication.class).run(CommandLine.args(properties));
    }

    @AfterAll
    static void stopDompet() {
        if (dompet != null) {
            dompet.close();
        }
    }

    @Test
    void aBillWidgetWhoseSignatureEachSwitchChangesIsIssuedAndChecks() throws Exception {
        HttpResponse<String> created = post("/api/v1/bill-widgets", """
                {"productCodes":["080003","070001"],
                 "billInfo":{"billNumber":"8888800393834857","amount":"150000","period":"01",
                             "customerName":"José Ñandú A/B","customerPhone":"081234567890"},
                 "notify":false,"timeoutSeconds":600}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode widget = json.readTree(created.body());
        assertThat(widget.path("status").asString()).isEqualTo("ISSUED");
        JsonNode checked = json.readTree(get("/api/v1/bill-widgets/" + widget.path("id").asString() + "?check=true").body());
        assertThat(checked.path("finpayCheck").path("valid").asBoolean()).as(checked.toString()).isTrue();
    }

    @Test
    void aNotificationFromTheInProcessSandboxIsCreditedOnce() throws Exception {
        String customer = "081300009201";
        FinpaySandbox sandbox = dompet.getBean(FinpaySandbox.class);
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications?wait=true"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phoneNo\":\"" + customer + "\",\"amount\":\"30000.00\","
                        + "\"channel\":\"alfamart\",\"concurrentCopies\":3}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(json.readTree(sent.body()).path("state").asString()).as(sent.body()).isEqualTo("DELIVERED");
        assertCreditedOnce(customer, "30000.00");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aPrettyPrintedNotificationSignedAsDompetIsSetIsCreditedOnce() throws Exception {
        String customer = "081300009202";
        try (NotifyingSandbox finpay = NotifyingSandbox.start(
                new NotifyVariant(SignatureEncoding.HEX, NotifyVariant.StringToSign.SNAP_RAW_BODY), true, callback())) {

            JsonNode delivery = finpay.notify(customer, "40000.00", 3);

            assertThat(finpay.lastBody()).as("the raw body differs from the minified one").contains("\n");
            assertThat(delivery.path("state").asString()).as(delivery.toString()).isEqualTo("DELIVERED");
            assertCreditedOnce(customer, "40000.00");
            assertThat(warnings()).isEmpty();
        }
    }

    @ParameterizedTest(name = "Finpay signs {0}/{1}: dompet set hex/snap-raw-body names {3}")
    @CsvSource({
            "BASE64, SNAP_RAW_BODY, 081300009203, dompet.finpay.notify.signature-encoding=base64",
            "HEX,    SNAP,          081300009204, dompet.finpay.notify.string-to-sign=snap",
    })
    void aNotificationSignedTheOtherWayIsUnauthorizedCreditsNothingAndTheWarningNamesTheSwitch(
            SignatureEncoding encoding, NotifyVariant.StringToSign stringToSign, String customer, String named)
            throws Exception {
        try (NotifyingSandbox finpay = NotifyingSandbox.start(new NotifyVariant(encoding, stringToSign), true,
                callback())) {

            JsonNode delivery = finpay.notify(customer, "25000.00");

            assertThat(delivery.path("state").asString()).isEqualTo("GAVE_UP");
            assertThat(finpay.lastAttempt().path("status").asInt()).isEqualTo(401);
            assertThat(finpay.lastAttempt().path("responseCode").asString()).isEqualTo("4010000");
            assertThat(get("/api/v1/wallets/" + customer).statusCode()).isEqualTo(404);
            assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                    .contains("does not verify with dompet.finpay.notify.string-to-sign=snap-raw-body, "
                            + "dompet.finpay.notify.signature-encoding=hex")
                    .contains("it WOULD verify with " + named + " (refused all the same"));
        }
    }

    private void assertCreditedOnce(String customer, String amount) throws Exception {
        HttpResponse<String> response = get("/api/v1/wallets/" + customer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode wallet = json.readTree(response.body());
        assertThat(wallet.path("creditedTotal").asString()).isEqualTo(amount);
        assertThat(wallet.path("topUps").size()).isEqualTo(1);
    }

    private static URI callback() {
        return url(NotifyingSandbox.CALLBACK_PATH);
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + dompet.getEnvironment().getProperty("local.server.port") + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(10)).header("X-API-Key", SANDBOX_KEY)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).header("X-API-Key", SANDBOX_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> warnings() {
        return logs.events().stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}

package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Notify Top Up through the whole application: the sandbox sends signed notifications to dompet's callback, which
 * verifies them and credits the wallet exactly once; refused deliveries store nothing. A redelivery of a credited
 * notification is acknowledged whatever the age of its {@code X-TIMESTAMP}.
 */
class NotifyTopUpEndToEndTest extends SandboxApplicationTest {

    private static final String CALLBACK = "/callbacks/finpay/top-up";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Autowired
    FinpaySandbox sandbox;

    @Test
    void aNotificationSentByTheSandboxCreditsTheWalletAndShowsInItsHistory() throws Exception {
        String customer = "081300001111";

        JsonNode sent = sandboxNotifies(customer, "75000.00", "alfamart", 1);

        assertThat(sent.toString()).contains("200");
        JsonNode wallet = json.readTree(get("/api/v1/wallets/" + customer, SANDBOX_KEY).body());
        assertThat(wallet.path("creditedTotal").asString()).isEqualTo("75000.00");
        JsonNode topUp = wallet.path("topUps").get(0);
        assertThat(topUp.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(topUp.path("channel").asString()).isEqualTo("alfamart");
        assertThat(topUp.path("amount").asString()).isEqualTo("75000.00");
        JsonNode fetched = json.readTree(get("/api/v1/top-ups/" + topUp.path("id").asString(), SANDBOX_KEY).body());
        assertThat(fetched.path("referenceNo").asString()).isEqualTo(sent.path("referenceNo").asString());
    }

    @Test
    void fiftyConcurrentDeliveriesOfOneNotificationCreditOnce() throws Exception {
        String customer = "081300002222";

        sandboxNotifies(customer, "20000.00", "vabca", 50);

        JsonNode wallet = json.readTree(get("/api/v1/wallets/" + customer, SANDBOX_KEY).body());
        assertThat(wallet.path("creditedTotal").asString()).isEqualTo("20000.00");
        assertThat(wallet.path("topUps").size()).isEqualTo(1);
    }

    @Test
    void aCorrectlySignedNotificationIsAnsweredSuccessAndARedeliveryTheSame() throws Exception {
        String body = body("FPT-" + UUID.randomUUID(), "6281300003333", "15000.00", "pegadaian");

        HttpResponse<String> first = deliver(body, now(), true);
        HttpResponse<String> again = deliver(body, now(), true);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(creditedTotal("081300003333")).isEqualTo(new BigDecimal("15000.00"));
    }

    @Test
    void theSameReferenceWithAnotherAmountIsAConflictAndChangesNothing() throws Exception {
        String reference = "FPT-" + UUID.randomUUID();
        assertThat(deliver(body(reference, "6281300004444", "15000.00", "vabri"), now(), true).statusCode()).isEqualTo(200);

        HttpResponse<String> conflict = deliver(body(reference, "6281300004444", "99000.00", "vabri"), now(), true);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("4090000");
        assertThat(creditedTotal("081300004444")).isEqualTo(new BigDecimal("15000.00"));
    }

    @Test
    void aBadSignatureIsUnauthorizedAndStoresNothing() throws Exception {
        HttpResponse<String> response = deliver(body("FPT-" + UUID.randomUUID(), "6281300005555", "15000.00", "vabri"), now(), false);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("4010000");
        assertThat(get("/api/v1/wallets/081300005555", SANDBOX_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void aTimestampBeyondTheWindowOfANotificationNotReceivedBeforeIsUnauthorizedAndStoresNothing() throws Exception {
        HttpResponse<String> response = deliver(body("FPT-" + UUID.randomUUID(), "6281300006666", "15000.00", "vabri"),
                now().minusHours(30), true);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("4010000");
        assertThat(get("/api/v1/wallets/081300006666", SANDBOX_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void aCreditedNotificationRedeliveredWithATwoHourOldTimestampIsAcknowledgedAndCreditedOnce() throws Exception {
        String body = body("FPT-" + UUID.randomUUID(), "6281300008881", "15000.00", "vabri");
        assertThat(deliver(body, now(), true).statusCode()).isEqualTo(200);

        HttpResponse<String> again = deliver(body, now().minusHours(2), true);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}");
        assertThat(creditedTotal("081300008881")).isEqualTo(new BigDecimal("15000.00"));
    }

    @Test
    void aCreditedNotificationRedeliveredWithATimestampBeyondAnyWindowIsAcknowledgedAndCreditedOnce() throws Exception {
        String body = body("FPT-" + UUID.randomUUID(), "6281300008882", "15000.00", "vabri");
        assertThat(deliver(body, now(), true).statusCode()).isEqualTo(200);

        HttpResponse<String> again = deliver(body, now().minusHours(30), true);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}");
        JsonNode wallet = json.readTree(get("/api/v1/wallets/081300008882", SANDBOX_KEY).body());
        assertThat(wallet.path("creditedTotal").asString()).isEqualTo("15000.00");
        assertThat(wallet.path("topUps").size()).isEqualTo(1);
    }

    @Test
    void aBadlySignedOldRedeliveryOfACreditedNotificationIsUnauthorized() throws Exception {
        String body = body("FPT-" + UUID.randomUUID(), "6281300008883", "15000.00", "vabri");
        assertThat(deliver(body, now(), true).statusCode()).isEqualTo(200);

        HttpResponse<String> forged = deliver(body, now().minusHours(30), false);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("4010000");
        assertThat(creditedTotal("081300008883")).isEqualTo(new BigDecimal("15000.00"));
    }

    @Test
    void aMissingFieldIsABadRequestNamingItAndStoresNothing() throws Exception {
        String body = "{\"referenceNo\":\"FPT-" + UUID.randomUUID() + "\",\"phoneNo\":\"6281300007777\","
                + "\"transactionDate\":\"2026-11-24T12:00:00+07:00\",\"merchantId\":\"DOMPET-SANDBOX\",\"channel\":\"vabri\"}";

        HttpResponse<String> response = deliver(body, now(), true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("4000002").contains("amount");
        assertThat(get("/api/v1/wallets/081300007777", SANDBOX_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = deliver("{not json", now(), true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("4000001");
    }

    // --- helpers

    private JsonNode sandboxNotifies(String customer, String amount, String channel, int copies) throws Exception {
        String request = "{\"phoneNo\":\"" + customer + "\",\"amount\":\"" + amount + "\",\"channel\":\"" + channel
                + "\",\"concurrentCopies\":" + copies + "}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications?wait=true"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneId.of("Asia/Jakarta"));
    }

    private static String body(String referenceNo, String phone, String amount, String channel) {
        return """
                {
                  "referenceNo": "%s",
                  "phoneNo": "%s",
                  "transactionDate": "2026-11-24T12:00:00+07:00",
                  "merchantId": "%s",
                  "amount": { "value": "%s", "currency": "IDR" },
                  "transactionDesc": "Top up  via  end-to-end test",
                  "channel": "%s"
                }
                """.formatted(referenceNo, phone, merchantId(), amount, channel);
    }

    private static String merchantId() {
        return SandboxCredentials.defaults().notifyTopUp().merchantId();
    }

    /** Signs like Finpay, with the sandbox's Finpay key (JDK only), or with garbage when {@code validSignature} is false. */
    private HttpResponse<String> deliver(String body, OffsetDateTime at, boolean validSignature) throws Exception {
        String timestamp = at.format(TIMESTAMP);
        String minified = minify(body);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(minified.getBytes(StandardCharsets.UTF_8)));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(SandboxKeys.bundled().finpayPrivateKey());
        signer.update(("POST:" + CALLBACK + ":" + hash + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
        String signature = validSignature ? Base64.getEncoder().encodeToString(signer.sign())
                : Base64.getEncoder().encodeToString(new byte[256]);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + CALLBACK))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature).header("ORIGIN", "sandbox.finpay.local")
                .header("X-EXTERNAL-ID", String.valueOf(System.nanoTime()))
                .header("X-PARTNER-ID", SandboxCredentials.defaults().notifyTopUp().partnerId())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whitespace outside JSON strings removed (a test's own minifier, independent of dompet's and the sandbox's). */
    private static String minify(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private BigDecimal creditedTotal(String customer) throws Exception {
        HttpResponse<String> wallet = get("/api/v1/wallets/" + customer, SANDBOX_KEY);
        return wallet.statusCode() == 404 ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(json.readTree(wallet.body()).path("creditedTotal").asString());
    }
}

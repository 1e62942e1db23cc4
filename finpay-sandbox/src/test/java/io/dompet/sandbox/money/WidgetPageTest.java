package io.dompet.sandbox.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The widget page a customer opens from {@code widgetURL}, and its Pay button's call. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WidgetPageTest {

    private static final String PHONE = "081234567890";

    private RecordingMerchant merchant;
    private FinpaySandbox sandbox;
    private MoneyTestClient client;

    @BeforeEach
    void start() throws Exception {
        merchant = new RecordingMerchant();
        sandbox = FinpaySandbox.start(SandboxSettings.defaults()
                .withMerchantCallbackUrl(merchant.callbackUrl())
                .withNotificationRetry(Duration.ofMillis(10), 2));
        client = new MoneyTestClient(sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        merchant.close();
    }

    @Test
    void thePageShowsTheMaskedPhoneAndNeverTheFullNumber() throws Exception {
        HttpResponse<String> page = client.get(client.widgetUrl(PHONE));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<span id=\"phone\">0812****7890</span>").doesNotContain(PHONE);
    }

    @Test
    void thePageOffersTheSixChannelsAnAmountAndAPayButton() throws Exception {
        String page = client.get(client.widgetUrl(PHONE)).body();

        assertThat(page).contains("<title>Finpay Money — Top Up</title>", "<select id=\"channel\"",
                "<input id=\"amount\"", "<button id=\"pay\" type=\"button\">Pay</button>", "<div id=\"receipt\"",
                "<div id=\"error\"");
        for (String channel : List.of("vabri", "vamandiri", "vabca", "pegadaian", "posindo", "alfamart")) {
            assertThat(page).contains("<option value=\"" + channel + "\"");
        }
        assertThat(page).doesNotContain("alert(", "http://", "https://", "src=\"", "href=\"");
    }

    @Test
    void anUnknownAccessTokenIsA404Page() throws Exception {
        HttpResponse<String> page = client.get(sandbox.baseUrl() + "/apicobrand/widget/page?access=" + "ab".repeat(32));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("Widget not found");
    }

    @Test
    void aPageWithoutAnAccessTokenIsA404Page() throws Exception {
        assertThat(client.get(sandbox.baseUrl() + "/apicobrand/widget/page").statusCode()).isEqualTo(404);
    }

    @Test
    void payingSendsExactlyOneSignedNotificationAndAnswersTheReceipt() throws Exception {
        String access = access(client.widgetUrl(PHONE));

        HttpResponse<String> answer = pay(access, "vabca", "50000");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode receipt = Json.readTree(answer.body().getBytes());
        assertThat(receipt.get("status").asString()).isEqualTo("PAID");
        assertThat(receipt.get("amount").asString()).isEqualTo("50000.00");
        assertThat(receipt.get("channel").asString()).isEqualTo("vabca");
        assertThat(receipt.get("phoneNumber").asString()).isEqualTo("0812****7890");
        assertThat(answer.body()).doesNotContain(PHONE);
        List<RecordingMerchant.Received> received = merchant.received();
        assertThat(received).hasSize(1);
        RecordingMerchant.Received notification = received.get(0);
        assertThat(notification.path()).isEqualTo(RecordingMerchant.PATH);
        assertThat(notification.headers().get("X-SIGNATURE")).isNotBlank();
        assertThat(notification.headers().get("X-TIMESTAMP")).isNotBlank();
        JsonNode body = Json.readTree(notification.body().getBytes());
        assertThat(body.get("referenceNo").asString()).isEqualTo(receipt.get("referenceNo").asString());
        assertThat(body.get("phoneNo").asString()).isEqualTo("6281234567890");
        assertThat(body.get("amount").get("value").asString()).isEqualTo("50000.00");
        assertThat(body.get("amount").get("currency").asString()).isEqualTo("IDR");
        assertThat(body.get("channel").asString()).isEqualTo("vabca");
        assertThat(body.get("merchantId").asString()).isEqualTo("DOMPET-SANDBOX");
    }

    @Test
    void theNotificationSignatureVerifiesWithTheFinpayPublicKey() throws Exception {
        pay(access(client.widgetUrl(PHONE)), "alfamart", "10000.50");

        RecordingMerchant.Received notification = merchant.received().get(0);
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        String digest = java.util.HexFormat.of().formatHex(sha256.digest(notification.body().getBytes()));
        String stringToSign = "POST:" + RecordingMerchant.PATH + ":" + digest + ":" + notification.headers().get("X-TIMESTAMP");
        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withRSA");
        verifier.initVerify(SandboxKeys.bundled().finpayPublicKey());
        verifier.update(stringToSign.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(notification.headers().get("X-SIGNATURE"))))
                .isTrue();
    }

    @Test
    void afterPayingThePageShowsTheReceiptAndASecondPaymentIsRefused() throws Exception {
        String url = client.widgetUrl(PHONE);
        String referenceNo = Json.readTree(pay(access(url), "posindo", "75000.25").body().getBytes())
                .get("referenceNo").asString();

        String page = client.get(url).body();
        HttpResponse<String> again = pay(access(url), "posindo", "75000.25");

        assertThat(page).contains("<h2>Paid</h2>", "IDR 75000.25", referenceNo, "posindo")
                .doesNotContain("<div id=\"receipt\" role=\"status\" hidden>");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already paid");
        assertThat(merchant.received()).hasSize(1);
    }

    @Test
    void aRefusingMerchantGivesAnErrorAndTheCustomerMayPayAgain() throws Exception {
        merchant.answering(401);
        String access = access(client.widgetUrl(PHONE));

        HttpResponse<String> refused = pay(access, "vabri", "20000");
        merchant.answering(200);
        HttpResponse<String> retried = pay(access, "vabri", "20000");

        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(Json.readTree(refused.body().getBytes()).get("error").asString())
                .contains("did not accept", "HTTP 401", "2 attempts");
        assertThat(retried.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutACallbackUrlPayingIsAConflictAndNothingIsSent() throws Exception {
        sandbox.merchantCallbackUrl(null);

        HttpResponse<String> answer = pay(access(client.widgetUrl(PHONE)), "vamandiri", "20000");

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("no merchant callback URL");
        assertThat(merchant.received()).isEmpty();
    }

    @Test
    void anAmountUnder10000OrWithThreeDecimalsIsRefusedBeforeAnythingIsSent() throws Exception {
        String access = access(client.widgetUrl(PHONE));

        assertThat(pay(access, "pegadaian", "9999.99").statusCode()).isEqualTo(400);
        assertThat(pay(access, "pegadaian", "10000.001").statusCode()).isEqualTo(400);
        assertThat(pay(access, "ovo", "10000").statusCode()).isEqualTo(400);
        assertThat(merchant.received()).isEmpty();
    }

    @Test
    void payingWithAnUnknownAccessTokenIsNotFound() throws Exception {
        assertThat(pay("cd".repeat(32), "vabri", "20000").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> pay(String access, String channel, String amount) throws Exception {
        return client.sendAnonymously("/widget/pay",
                "{\"access\":\"" + access + "\",\"channel\":\"" + channel + "\",\"amount\":\"" + amount + "\"}");
    }

    private static String access(String widgetUrl) {
        return widgetUrl.substring(widgetUrl.indexOf("access=") + "access=".length());
    }
}

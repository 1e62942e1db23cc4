package io.dompet.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.notify.TestMerchant.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The sandbox sends Notify Top Up to a merchant (a small JDK server here) like Finpay. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotifyTopUpTest {

    private static final Duration FAST_RETRY = Duration.ofMillis(20);
    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private TestMerchant merchant;
    private FinpaySandbox sandbox;

    @BeforeEach
    void start() {
        merchant = new TestMerchant();
        sandbox = FinpaySandbox.start(SandboxSettings.defaults()
                .withMerchantCallbackUrl(merchant.callbackUrl())
                .withNotificationRetry(FAST_RETRY, 3));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        merchant.close();
    }

    // ---- the notification ----

    @Test
    void aTriggeredNotificationIsAcceptedAndDeliveredToTheCallbackUrl() throws Exception {
        HttpResponse<String> answer = trigger("{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\"}");

        assertThat(answer.statusCode()).isEqualTo(202);
        JsonNode accepted = Json.readTree(answer.body().getBytes());
        assertThat(accepted.get("referenceNo").asString()).startsWith("FPN");
        assertThat(accepted.get("deliveries").asInt()).isEqualTo(1);
        List<Received> received = merchant.awaitReceived(1, WITHIN);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).method()).isEqualTo("POST");
        assertThat(received.get(0).path()).isEqualTo(TestMerchant.PATH);
    }

    @Test
    void theDeliveredRequestCarriesEveryFinpayHeader() throws Exception {
        Received request = triggerAndWait(order("081977817902", "50000.00", "alfamart")).get(0);

        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("X-TIMESTAMP")).matches(TIMESTAMP);
        assertThat(request.header("X-SIGNATURE")).isNotBlank();
        assertThat(request.header("ORIGIN")).isEqualTo("sandbox.finpay.local");
        assertThat(request.header("X-EXTERNAL-ID")).matches("\\d{1,32}");
        assertThat(request.header("X-PARTNER-ID")).isEqualTo("finpay-sandbox");
    }

    @Test
    void theSignatureVerifiesWithTheBundledFinpayPublicKey() throws Exception {
        Received request = triggerAndWait(order("081977817902", "50000.00", "alfamart")).get(0);

        assertThat(IndependentVerifier.verifies(SandboxKeys.bundled().finpayPublicKey(), TestMerchant.PATH,
                request.body(), request.header("X-TIMESTAMP"), request.header("X-SIGNATURE"))).isTrue();
        assertThat(IndependentVerifier.verifies(SandboxKeys.bundled().finpayPublicKey(), "/another/path",
                request.body(), request.header("X-TIMESTAMP"), request.header("X-SIGNATURE"))).isFalse();
    }

    @Test
    void byDefaultTheSignatureIsBase64OverTheMinifiedBodyAndNoOtherRecipeVerifiesIt() throws Exception {
        Received request = triggerAndWait(order("081977817902", "50000.00", "alfamart")).get(0);

        assertThat(verifies(request, false, false)).isTrue();
        assertThat(verifies(request, false, true)).isFalse();
    }

    @Test
    void setToHexTheSignatureIsLowerCaseHexAndNotBase64() throws Exception {
        try (FinpaySandbox hex = notifyingSandbox(NotifyVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX))) {
            Received request = triggerAndWait(hex, order("081977817902", "50000.00", "alfamart")).get(0);

            assertThat(request.header("X-SIGNATURE")).matches("[0-9a-f]{512}");
            assertThat(verifies(request, false, true)).isTrue();
            assertThat(verifies(request, false, false)).isFalse();
        }
    }

    @Test
    void setToTheRawBodyAPrettyPrintedNotificationIsSignedOverItsBytesAsSentNotItsMinifiedForm() throws Exception {
        try (FinpaySandbox raw = FinpaySandbox.start(SandboxSettings.defaults()
                .withMerchantCallbackUrl(merchant.callbackUrl()).withNotificationRetry(FAST_RETRY, 3)
                .withPrettyPrintedNotifications(true)
                .withNotifyVariant(NotifyVariant.defaults().withStringToSign(NotifyVariant.StringToSign.SNAP_RAW_BODY)))) {
            Received request = triggerAndWait(raw, order("081977817902", "50000.00", "alfamart")).get(0);

            assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\n");
            assertThat(verifies(request, true, false)).isTrue();
            assertThat(verifies(request, false, false)).isFalse();
        }
    }

    private FinpaySandbox notifyingSandbox(NotifyVariant variant) {
        return FinpaySandbox.start(SandboxSettings.defaults().withMerchantCallbackUrl(merchant.callbackUrl())
                .withNotificationRetry(FAST_RETRY, 3).withNotifyVariant(variant));
    }

    private static boolean verifies(Received request, boolean rawBody, boolean hex) throws Exception {
        return IndependentVerifier.verifies(SandboxKeys.bundled().finpayPublicKey(), TestMerchant.PATH, request.body(),
                request.header("X-TIMESTAMP"), request.header("X-SIGNATURE"), rawBody, hex);
    }

    @Test
    void theBodyHasFinpaysFieldsInOrderWithTheNumberAs628AndTwoDecimals() throws Exception {
        Received request = triggerAndWait(order("081977817902", "50000", "vabca")).get(0);

        JsonNode body = Json.readTree(request.body());
        assertThat(body.propertyNames()).containsExactly("referenceNo", "phoneNo", "transactionDate", "merchantId",
                "amount", "transactionDesc", "channel");
        assertThat(body.get("referenceNo").asString()).matches("FPN\\d{24}");
        assertThat(body.get("phoneNo").asString()).isEqualTo("6281977817902");
        assertThat(body.get("transactionDate").asString()).matches(TIMESTAMP);
        OffsetDateTime.parse(body.get("transactionDate").asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(body.get("merchantId").asString()).isEqualTo("DOMPET-SANDBOX");
        assertThat(body.get("amount").get("value").asString()).isEqualTo("50000.00");
        assertThat(body.get("amount").get("currency").asString()).isEqualTo("IDR");
        assertThat(body.get("transactionDesc").asString()).isEqualTo("Top up via vabca");
        assertThat(body.get("channel").asString()).isEqualTo("vabca");
        assertThat(request.body()).as("compact").isEqualTo(IndependentVerifier.minify(request.body()));
    }

    @Test
    void aNumberGivenAs628IsSentAsItIs() throws Exception {
        Received request = triggerAndWait(order("6281977817902", "10000.00", "vabri")).get(0);

        assertThat(Json.readTree(request.body()).get("phoneNo").asString()).isEqualTo("6281977817902");
    }

    @Test
    void everyNotificationHasItsOwnReferenceNumber() throws Exception {
        triggerAndWait(order("081977817902", "10000.00", "vabri"));
        triggerAndWait(order("081977817902", "10000.00", "vabri"));

        List<Received> received = merchant.received();
        assertThat(Json.readTree(received.get(0).body()).get("referenceNo").asString())
                .isNotEqualTo(Json.readTree(received.get(1).body()).get("referenceNo").asString());
    }

    @Test
    void aPrettyPrintedNotificationIsSignedOverItsMinifiedBody() throws Exception {
        try (FinpaySandbox pretty = FinpaySandbox.start(SandboxSettings.defaults()
                .withMerchantCallbackUrl(merchant.callbackUrl())
                .withPrettyPrintedNotifications(true))) {
            send(pretty, "?wait=true", order("081977817902", "50000.00", "posindo"));
        }

        Received request = merchant.received().get(0);
        assertThat(request.bodyText()).contains("\n");
        assertThat(IndependentVerifier.verifies(SandboxKeys.bundled().finpayPublicKey(), TestMerchant.PATH,
                request.body(), request.header("X-TIMESTAMP"), request.header("X-SIGNATURE"))).isTrue();
    }

    // ---- retries ----

    @Test
    void a500IsRetriedWithAFreshExternalIdAndSignatureOverTheSameBody() throws Exception {
        merchant.answering(500, 200);

        List<Received> received = triggerAndWait(order("081977817902", "50000.00", "alfamart"));

        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).header("X-EXTERNAL-ID")).isNotEqualTo(received.get(0).header("X-EXTERNAL-ID"));
        for (Received request : received) {
            assertThat(IndependentVerifier.verifies(SandboxKeys.bundled().finpayPublicKey(), TestMerchant.PATH,
                    request.body(), request.header("X-TIMESTAMP"), request.header("X-SIGNATURE"))).isTrue();
        }
        JsonNode listed = list().get(0);
        assertThat(listed.get("state").asString()).isEqualTo("DELIVERED");
        JsonNode attempts = listed.get("deliveries").get(0).get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(1).get("status").asInt()).isEqualTo(200);
        assertThat(attempts.get(1).get("responseCode").asString()).isEqualTo("2000000");
        assertThat(attempts.get(1).get("externalId").asString()).isEqualTo(received.get(1).header("X-EXTERNAL-ID"));
    }

    @Test
    void aMerchantThatKeepsFailingIsGivenUpAfterTheConfiguredAttempts() throws Exception {
        merchant.alwaysAnswering(503);

        HttpResponse<String> answer = send(sandbox, "?wait=true", order("081977817902", "50000.00", "alfamart"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode finished = Json.readTree(answer.body().getBytes());
        assertThat(finished.get("state").asString()).isEqualTo("GAVE_UP");
        assertThat(finished.get("results").get(0).get("status").asInt()).isEqualTo(503);
        assertThat(finished.get("results").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(merchant.received()).hasSize(3);
        assertThat(list().get(0).get("state").asString()).isEqualTo("GAVE_UP");
    }

    @Test
    void aMerchantThatCannotBeReachedIsRetriedAndTheErrorRecorded() throws Exception {
        sandbox.merchantCallbackUrl(URI.create("http://localhost:" + closedPort() + "/callbacks/finpay/top-up"));

        HttpResponse<String> answer = send(sandbox, "?wait=true", order("081977817902", "50000.00", "alfamart"));

        JsonNode finished = Json.readTree(answer.body().getBytes());
        assertThat(finished.get("state").asString()).isEqualTo("GAVE_UP");
        assertThat(finished.get("results").get(0).get("status").isNull()).isTrue();
        JsonNode attempts = list().get(0).get("deliveries").get(0).get("attempts");
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(0).get("status").isNull()).isTrue();
        assertThat(attempts.get(0).get("error").asString()).contains("ConnectException");
    }

    @Test
    void theBackoffDoublesFromTheBaseDelayUpToAMinute() {
        NotificationCourier courier = new NotificationCourier(SandboxKeys.bundled().finpayPrivateKey(),
                SignatureEncoding.BASE64, "p",
                Duration.ofMillis(500), 20, java.time.Clock.systemUTC(), new NotificationIds(java.time.Clock.systemUTC()));
        try (courier) {
            assertThat(List.of(courier.delayAfter(1), courier.delayAfter(2), courier.delayAfter(3), courier.delayAfter(4)))
                    .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                            Duration.ofSeconds(4));
            assertThat(courier.delayAfter(19)).isEqualTo(Duration.ofSeconds(60));
        }
    }

    // ---- idempotency helpers ----

    @Test
    void deliverTwiceSendsTheSameReferenceAndBodyTwice() throws Exception {
        HttpResponse<String> answer = send(sandbox, "?wait=true",
                "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\",\"deliverTwice\":true}");

        JsonNode finished = Json.readTree(answer.body().getBytes());
        assertThat(finished.get("deliveries").asInt()).isEqualTo(2);
        assertThat(finished.get("state").asString()).isEqualTo("DELIVERED");
        List<Received> received = merchant.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).header("X-EXTERNAL-ID")).isNotEqualTo(received.get(0).header("X-EXTERNAL-ID"));
    }

    @Test
    void concurrentCopiesOfTheSameNotificationArriveAtOnce() throws Exception {
        merchant.holdingAnswersUntil(10);

        HttpResponse<String> answer = send(sandbox, "?wait=true",
                "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\",\"concurrentCopies\":10}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(merchant.heldAnswersArrivedTogether()).isTrue();
        List<Received> received = merchant.received();
        assertThat(received).hasSize(10);
        assertThat(received).allSatisfy(request -> assertThat(request.body()).isEqualTo(received.get(0).body()));
        assertThat(new HashSet<>(TestMerchant.headerValues(received, "X-EXTERNAL-ID"))).hasSize(10);
        JsonNode finished = Json.readTree(answer.body().getBytes());
        assertThat(finished.get("results")).hasSize(10)
                .allSatisfy(result -> assertThat(result.get("status").asInt()).isEqualTo(200));
    }

    // ---- the callback URL ----

    @Test
    void withoutACallbackUrlTriggeringAnswers409SayingSo() throws Exception {
        try (FinpaySandbox unconfigured = FinpaySandbox.start(SandboxSettings.defaults())) {
            HttpResponse<String> answer = send(unconfigured, "", order("081977817902", "50000.00", "alfamart"));

            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(Json.readTree(answer.body().getBytes()).get("responseMessage").asString())
                    .contains("No merchant callback URL is configured");
        }
    }

    @Test
    void aCallbackUrlSetAfterStartReceivesTheNextNotifications() throws Exception {
        try (FinpaySandbox late = FinpaySandbox.start(SandboxSettings.defaults());
             TestMerchant other = new TestMerchant()) {
            late.merchantCallbackUrl(other.callbackUrl());

            HttpResponse<String> answer = send(late, "?wait=true", order("081977817902", "50000.00", "alfamart"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(other.received()).hasSize(1);
            assertThat(late.settings().merchantCallbackUrl()).isEqualTo(other.callbackUrl());
        }
    }

    @Test
    void aCallbackUrlCanBeRemovedAgain() throws Exception {
        sandbox.merchantCallbackUrl(null);

        assertThat(trigger(order("081977817902", "50000.00", "alfamart")).statusCode()).isEqualTo(409);
    }

    // ---- validation ----

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"amount\":\"50000.00\",\"channel\":\"alfamart\"}                          | 4000002 | phoneNo",
            "{\"phoneNo\":\"\",\"amount\":\"50000.00\",\"channel\":\"alfamart\"}         | 4000002 | phoneNo",
            "{\"phoneNo\":\"0219778179\",\"amount\":\"50000.00\",\"channel\":\"alfamart\"} | 4000001 | phoneNo",
            "{\"phoneNo\":81977817902,\"amount\":\"50000.00\",\"channel\":\"alfamart\"}  | 4000001 | phoneNo",
            "{\"phoneNo\":\"081977817902\",\"channel\":\"alfamart\"}                     | 4000002 | amount",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.5\",\"channel\":\"alfamart\"} | 4000001 | amount",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"0.00\",\"channel\":\"alfamart\"} | 4000001 | amount",
            "{\"phoneNo\":\"081977817902\",\"amount\":50000,\"channel\":\"alfamart\"}    | 4000001 | amount",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"-5.00\",\"channel\":\"alfamart\"} | 4000001 | amount",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\"}                      | 4000002 | channel",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\" \"}    | 4000002 | channel",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\",\"deliverTwice\":\"yes\"} | 4000001 | deliverTwice",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\",\"concurrentCopies\":0} | 4000001 | concurrentCopies",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\",\"concurrentCopies\":101} | 4000001 | concurrentCopies",
            "{\"phoneNo\":\"081977817902\",\"amount\":\"50000.00\",\"channel\":\"alfamart\",\"concurrentCopies\":1.5} | 4000001 | concurrentCopies",
    })
    void anInvalidFieldIsAnswered400NamingIt(String body, String code, String field) throws Exception {
        HttpResponse<String> answer = trigger(body);

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = Json.readTree(answer.body().getBytes());
        assertThat(error.get("responseCode").asString()).isEqualTo(code);
        assertThat(error.get("responseMessage").asString()).endsWith("{" + field + "}");
        assertThat(merchant.received()).isEmpty();
        assertThat(list()).isEmpty();
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsABadRequest() throws Exception {
        assertThat(trigger("[1,2]").statusCode()).isEqualTo(400);
        assertThat(trigger("not json").statusCode()).isEqualTo(400);
    }

    // ---- the list ----

    @Test
    void theListShowsEachNotificationWithItsBodyDeliveriesAndAttempts() throws Exception {
        HttpResponse<String> answer = send(sandbox, "?wait=true", order("081977817902", "75000", "pegadaian"));
        String referenceNo = Json.readTree(answer.body().getBytes()).get("referenceNo").asString();

        JsonNode listed = list().get(0);

        assertThat(listed.get("referenceNo").asString()).isEqualTo(referenceNo);
        assertThat(listed.get("phoneNo").asString()).isEqualTo("6281977817902");
        assertThat(listed.get("amount").get("value").asString()).isEqualTo("75000.00");
        assertThat(listed.get("channel").asString()).isEqualTo("pegadaian");
        assertThat(listed.get("callbackUrl").asString()).isEqualTo(merchant.callbackUrl().toString());
        assertThat(listed.get("state").asString()).isEqualTo("DELIVERED");
        assertThat(listed.get("body").asString()).isEqualTo(merchant.received().get(0).bodyText());
        JsonNode delivery = listed.get("deliveries").get(0);
        assertThat(delivery.get("delivery").asInt()).isEqualTo(1);
        assertThat(delivery.get("state").asString()).isEqualTo("DELIVERED");
        JsonNode attempt = delivery.get("attempts").get(0);
        assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(attempt.get("status").asInt()).isEqualTo(200);
        assertThat(attempt.get("at").asString()).endsWith("+07:00");
    }

    @Test
    void aNotificationNotWaitedForIsListedAsPendingUntilItsDeliveryFinishes() throws Exception {
        merchant.holdingAnswersUntil(2);

        trigger(order("081977817902", "50000.00", "alfamart"));

        merchant.awaitReceived(1, WITHIN);
        assertThat(list().get(0).get("state").asString()).isEqualTo("PENDING");
    }

    // ---- helpers ----

    private List<Received> triggerAndWait(String body) throws Exception {
        return triggerAndWait(sandbox, body);
    }

    private List<Received> triggerAndWait(FinpaySandbox target, String body) throws Exception {
        HttpResponse<String> answer = send(target, "?wait=true", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return merchant.received();
    }

    private HttpResponse<String> trigger(String body) throws Exception {
        return send(sandbox, "", body);
    }

    private HttpResponse<String> send(FinpaySandbox target, String query, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(target.baseUrl().resolve("/sandbox/notifications" + query))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode list() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return Json.readTree(answer.body().getBytes());
    }

    private static String order(String phoneNo, String amount, String channel) {
        return "{\"phoneNo\":\"" + phoneNo + "\",\"amount\":\"" + amount + "\",\"channel\":\"" + channel + "\"}";
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

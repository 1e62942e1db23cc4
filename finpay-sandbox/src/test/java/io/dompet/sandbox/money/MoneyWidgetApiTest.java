package io.dompet.sandbox.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.MoneyWidgetVariant;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.WidgetRequestType;
import io.dompet.sandbox.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Finpay Money's getToken and widget/topup as dompet calls them, with Finpay's checks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyWidgetApiTest {

    private FinpaySandbox sandbox;
    private MoneyTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults());
        client = new MoneyTestClient(sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void getTokenIssuesATokenExpiringInAnHourJakartaTime() throws Exception {
        JsonNode answer = client.post("/security/getToken", client.signed(MoneyTestClient.getTokenFields()));

        assertThat(answer.get("statusCode").asString()).isEqualTo("000");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Success");
        assertThat(answer.get("tokenID").asString()).matches("\\d{14}[0-9A-F]{64}");
        assertThat(answer.get("processingTime").isNumber()).isTrue();
        String expiry = answer.get("tokenExpiry").asString();
        assertThat(expiry).matches("\\d{2}-[A-Z]{3}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        ZonedDateTime inAnHour = ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).plusHours(1);
        String expected = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm", Locale.ENGLISH).format(inAnHour)
                .toUpperCase(Locale.ROOT);
        assertThat(expiry.substring(0, 15)).isIn(expected, DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm",
                Locale.ENGLISH).format(inAnHour.minusMinutes(1)).toUpperCase(Locale.ROOT));
    }

    @Test
    void widgetTopUpAnswersAWidgetUrlOnTheSandboxBaseUrl() throws Exception {
        JsonNode answer = client.post("/widget/topup",
                client.signed(MoneyTestClient.widgetFields("081234567890", client.token())));

        assertThat(answer.get("statusCode").asString()).isEqualTo("000");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Success");
        assertThat(answer.get("widgetURL").asString())
                .matches(sandbox.baseUrl() + "/apicobrand/widget/page\\?access=[0-9a-f]{64}");
        assertThat(answer.get("processingTime").isNumber()).isTrue();
    }

    @Test
    void byDefaultOnlyWidgetTopUpIsAcceptedAndWidgetTopupIsAnInvalidRequest() throws Exception {
        assertThat(widgetTopUpWith(client, "widgetTopUp").get("statusCode").asString()).isEqualTo("000");

        JsonNode refused = widgetTopUpWith(client, "widgetTopup");

        assertThat(refused.get("statusCode").asString()).isEqualTo("002");
        assertThat(refused.get("statusDesc").asString()).isEqualTo("Invalid Request: requestType");
    }

    @Test
    void setToWidgetTopupTheSandboxAcceptsItAndRefusesWidgetTopUp() throws Exception {
        try (FinpaySandbox table = FinpaySandbox.start(SandboxSettings.defaults()
                .withMoneyWidgetVariant(MoneyWidgetVariant.defaults().withRequestType(WidgetRequestType.WIDGET_TOPUP)))) {
            MoneyTestClient tableClient = new MoneyTestClient(table.baseUrl());

            assertThat(widgetTopUpWith(tableClient, "widgetTopup").get("statusCode").asString()).isEqualTo("000");
            assertThat(widgetTopUpWith(tableClient, "widgetTopUp").get("statusDesc").asString())
                    .isEqualTo("Invalid Request: requestType");
        }
    }

    private static JsonNode widgetTopUpWith(MoneyTestClient client, String requestType) throws Exception {
        Map<String, String> fields = MoneyTestClient.widgetFields("081234567890", client.token());
        fields.put("requestType", requestType);
        return client.post("/widget/topup", client.signed(fields));
    }

    @Test
    void aGetTokenTransNumberIsUsedOnceAndAReuseIsADuplicate() throws Exception {
        Map<String, String> first = MoneyTestClient.getTokenFields();
        assertThat(client.post("/security/getToken", client.signed(first)).get("statusCode").asString())
                .isEqualTo("000");
        Map<String, String> again = MoneyTestClient.getTokenFields();
        again.put("transNumber", first.get("transNumber"));

        JsonNode answer = client.post("/security/getToken", client.signed(again));

        assertThat(answer.get("statusCode").asString()).isEqualTo("006");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Duplicate transNumber");
        assertThat(answer.has("tokenID")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/security/getToken", "/widget/topup"})
    void aPostWithoutAJsonContentTypeIsUnsupportedMediaType(String path) throws Exception {
        String body = Json.writeString(client.signed(path.endsWith("getToken") ? MoneyTestClient.getTokenFields()
                : MoneyTestClient.widgetFields("081234567890", client.token())));

        HttpResponse<String> answer = client.send(path, body, "text/plain");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).isEqualTo("{\"responseCode\":\"4150000\",\"responseMessage\":\"Unsupported Media Type\"}");
        assertThat(client.send(path, body, "application/json; charset=UTF-8").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsUnauthorizedWithHttp401() throws Exception {
        HttpResponse<String> answer = client.withPassword("not-the-password")
                .send("/security/getToken", Json.writeString(client.signed(MoneyTestClient.getTokenFields())));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(answer.body()).isEqualTo("{\"statusCode\":\"001\",\"statusDesc\":\"Unauthorized\"}");
    }

    @Test
    void aRequestWithoutBasicCredentialsIsUnauthorized() throws Exception {
        HttpResponse<String> answer = client.sendAnonymously("/widget/topup",
                Json.writeString(client.signed(MoneyTestClient.widgetFields("081234567890", client.token()))));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"statusCode\":\"001\"");
    }

    @Test
    void aFieldChangedAfterSigningIsAnInvalidSignature() throws Exception {
        Map<String, String> signed = client.signed(MoneyTestClient.widgetFields("081234567890", client.token()));
        signed.put("phoneNumber", "081234567899");

        HttpResponse<String> answer = client.send("/widget/topup", Json.writeString(signed));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"statusCode\":\"005\",\"statusDesc\":\"Invalid Signature\"}");
    }

    @Test
    void aGetTokenSignedWithTheLowerCaseKeyIsRefusedByDefault() throws Exception {
        JsonNode answer = client.withLowerCaseKey()
                .post("/security/getToken", client.signed(MoneyTestClient.getTokenFields()));

        assertThat(answer.get("statusCode").asString()).isEqualTo("005");
    }

    @Test
    void setToTheLowerCaseKeyTheSandboxAcceptsItAndRefusesTheUpperCaseOne() throws Exception {
        try (FinpaySandbox lower = FinpaySandbox.start(SandboxSettings.defaults()
                .withMoneyWidgetVariant(MoneyWidgetVariant.defaults().withSignatureKeyCase(MoneySignatureKeyCase.LOWER)))) {
            MoneyTestClient upperClient = new MoneyTestClient(lower.baseUrl());
            MoneyTestClient lowerClient = new MoneyTestClient(lower.baseUrl()).withLowerCaseKey();

            assertThat(upperClient.post("/security/getToken", upperClient.signed(MoneyTestClient.getTokenFields()))
                    .get("statusCode").asString()).isEqualTo("005");
            assertThat(lowerClient.post("/security/getToken", lowerClient.signed(MoneyTestClient.getTokenFields()))
                    .get("statusCode").asString()).isEqualTo("000");
        }
    }

    @Test
    void aMissingSignatureIsAnInvalidRequest() throws Exception {
        JsonNode answer = client.post("/security/getToken", MoneyTestClient.getTokenFields());

        assertThat(answer.get("statusCode").asString()).isEqualTo("002");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Invalid Request: signature");
    }

    @Test
    void aBodyThatIsNotJsonIsAnInvalidRequest() throws Exception {
        HttpResponse<String> answer = client.send("/security/getToken", "reqDtime=1");

        assertThat(answer.body()).isEqualTo("{\"statusCode\":\"002\",\"statusDesc\":\"Invalid Request\"}");
    }

    @Test
    void aReqDtimeTenMinutesOldIsARequestExpired() throws Exception {
        Map<String, String> fields = MoneyTestClient.getTokenFields();
        fields.put("reqDtime", DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .format(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).minusMinutes(10)));

        assertThat(client.post("/security/getToken", client.signed(fields)).get("statusCode").asString())
                .isEqualTo("007");
    }

    @Test
    void aMalformedReqDtimeIsAnInvalidRequestNamingIt() throws Exception {
        Map<String, String> fields = MoneyTestClient.getTokenFields();
        fields.put("reqDtime", "2024-08-14 16:51");

        assertThat(client.post("/security/getToken", client.signed(fields)).get("statusDesc").asString())
                .isEqualTo("Invalid Request: reqDtime");
    }

    @Test
    void getTokenRefusesAnotherRequestType() throws Exception {
        Map<String, String> fields = MoneyTestClient.getTokenFields();
        fields.put("requestType", "widgetTopUp");

        assertThat(client.post("/security/getToken", client.signed(fields)).get("statusDesc").asString())
                .isEqualTo("Invalid Request: requestType");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812345678901", "6281234567890", "+6281234567", "0712345678", "08123abc901", "0812345",
            ""})
    void aPhoneNumberThatIsNot08WithAtMost12DigitsIsInvalid(String phoneNumber) throws Exception {
        JsonNode answer = client.post("/widget/topup",
                client.signed(MoneyTestClient.widgetFields(phoneNumber, client.token())));

        assertThat(answer.get("statusCode").asString()).isEqualTo("003");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Invalid phoneNumber");
    }

    @Test
    void anUnknownTokenIsInvalid() throws Exception {
        JsonNode answer = client.post("/widget/topup",
                client.signed(MoneyTestClient.widgetFields("081234567890", "20240814165151NOTATOKEN")));

        assertThat(answer.get("statusCode").asString()).isEqualTo("004");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Invalid Token");
    }

    @Test
    void anExpiredTokenIsInvalid() throws Exception {
        try (FinpaySandbox shortLived = FinpaySandbox.start(SandboxSettings.defaults()
                .withMoneyTokenLifetime(Duration.ofMillis(50)))) {
            MoneyTestClient shortClient = new MoneyTestClient(shortLived.baseUrl());
            String token = shortClient.token();
            Thread.sleep(100);

            JsonNode answer = shortClient.post("/widget/topup",
                    shortClient.signed(MoneyTestClient.widgetFields("081234567890", token)));

            assertThat(answer.get("statusCode").asString()).isEqualTo("004");
        }
    }

    @Test
    void aReusedTransNumberIsADuplicate() throws Exception {
        String token = client.token();
        Map<String, String> first = MoneyTestClient.widgetFields("081234567890", token);
        assertThat(client.post("/widget/topup", client.signed(first)).get("statusCode").asString()).isEqualTo("000");
        Map<String, String> again = MoneyTestClient.widgetFields("081298765432", token);
        again.put("transNumber", first.get("transNumber"));

        JsonNode answer = client.post("/widget/topup", client.signed(again));

        assertThat(answer.get("statusCode").asString()).isEqualTo("006");
        assertThat(answer.get("statusDesc").asString()).isEqualTo("Duplicate transNumber");
    }

    @Test
    void aRefusedWidgetDoesNotUseUpItsTransNumber() throws Exception {
        Map<String, String> refused = MoneyTestClient.widgetFields("081234567890", "unknown-token");
        assertThat(client.post("/widget/topup", client.signed(refused)).get("statusCode").asString()).isEqualTo("004");
        Map<String, String> retried = MoneyTestClient.widgetFields("081234567890", client.token());
        retried.put("transNumber", refused.get("transNumber"));

        assertThat(client.post("/widget/topup", client.signed(retried)).get("statusCode").asString()).isEqualTo("000");
    }
}

package io.dompet.sandbox.billwidget;

import static io.dompet.sandbox.billwidget.BillWidgetTestClient.error;
import static io.dompet.sandbox.billwidget.BillWidgetTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.MerchantIdField;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/widget/generate} as dompet calls it, with Finpay's checks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GenerateWidgetTest {

    private final MutableClock clock = MutableClock.startingNow();
    private FinpaySandbox sandbox;
    private BillWidgetTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withClock(clock));
        client = new BillWidgetTestClient(sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aSignedRequestAnswersARedirectUrlToTheSandboxPageInFinpaysNestedFormat() throws Exception {
        HttpResponse<String> answer = client.generate(client.signed(BillWidgetTestClient.fields(clock.instant())));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.body()).matches("\\{\"data\":\\{\"responseCode\":\"2000000\",\"responseDesc\":\"Success\","
                + "\"redirectURL\":\"" + sandbox.baseUrl() + "/billwidget\\?token=[0-9a-f]{64}\"},"
                + "\"pagination\":\\[],\"stat_code\":\"APP:SUCCESS\",\"stat_msg\":\"Success\"}");
    }

    @Test
    void byDefaultFinpaysSampleUsernameFieldIsRefusedAsAnInvalidFieldFormat() throws Exception {
        HttpResponse<String> answer = client.generate(client.signed(withUsernameInsteadOfMerchantId()));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).get("data").get("responseCode").asString()).isEqualTo("4000001");
        assertThat(json(answer).get("data").get("responseDesc").asString()).isEqualTo("Invalid Field Format {username}");
    }

    @Test
    void setToUsernameTheSandboxAcceptsItAndRefusesMerchantId() throws Exception {
        try (FinpaySandbox samples = FinpaySandbox.start(SandboxSettings.defaults().withClock(clock)
                .withBillWidgetVariant(BillWidgetVariant.defaults().withMerchantIdField(MerchantIdField.USERNAME)))) {
            BillWidgetTestClient samplesClient = new BillWidgetTestClient(samples.baseUrl());

            HttpResponse<String> accepted = samplesClient.generate(samplesClient.signed(withUsernameInsteadOfMerchantId()));
            HttpResponse<String> refused = samplesClient.generate(
                    samplesClient.signed(BillWidgetTestClient.fieldsWithoutBill(clock.instant())));

            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(json(accepted).get("stat_code").asString()).isEqualTo("APP:SUCCESS");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json(refused).get("data").get("responseDesc").asString())
                    .isEqualTo("Invalid Field Format {merchantId}");
        }
    }

    private Map<String, Object> withUsernameInsteadOfMerchantId() {
        Map<String, Object> fields = BillWidgetTestClient.fieldsWithoutBill(clock.instant());
        fields.remove("merchantId");
        fields.put("username", SandboxCredentials.BILL_MERCHANT_ID);
        return fields;
    }

    @Test
    void byDefaultABillAmountHasTwoDecimalsAndAWholeRupiahAmountIsAnInvalidFieldFormat() throws Exception {
        HttpResponse<String> decimal = client.generate(client.signed(withBillAmount("150000.00")));
        HttpResponse<String> integer = client.generate(client.signed(withBillAmount("150000")));

        assertThat(decimal.statusCode()).isEqualTo(200);
        assertThat(integer.statusCode()).isEqualTo(400);
        assertThat(json(integer).get("data").get("responseDesc").asString())
                .isEqualTo("Invalid Field Format {billInfo.amount}");
    }

    @Test
    void setToIntegerABillAmountIsWholeRupiahAndTwoDecimalsAreAnInvalidFieldFormat() throws Exception {
        try (FinpaySandbox integers = FinpaySandbox.start(SandboxSettings.defaults().withClock(clock)
                .withBillWidgetVariant(BillWidgetVariant.defaults()
                        .withBillAmountFormat(BillWidgetVariant.BillAmountFormat.INTEGER)))) {
            BillWidgetTestClient integersClient = new BillWidgetTestClient(integers.baseUrl());

            HttpResponse<String> integer = integersClient.generate(integersClient.signed(withBillAmount("150000")));
            HttpResponse<String> decimal = integersClient.generate(integersClient.signed(withBillAmount("150000.00")));

            assertThat(integer.statusCode()).isEqualTo(200);
            assertThat(decimal.statusCode()).isEqualTo(400);
            assertThat(json(decimal).get("data").get("responseDesc").asString())
                    .isEqualTo("Invalid Field Format {billInfo.amount}");
        }
    }

    private Map<String, Object> withBillAmount(String amount) {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        @SuppressWarnings("unchecked")
        Map<String, Object> bill = new LinkedHashMap<>((Map<String, Object>) fields.get("billInfo"));
        bill.put("amount", amount);
        fields.put("billInfo", bill);
        return fields;
    }

    @Test
    void aGenerateWithoutAJsonContentTypeIsUnsupportedMediaType() throws Exception {
        String body = Json.writeString(client.signed(BillWidgetTestClient.fieldsWithoutBill(clock.instant())));

        HttpResponse<String> answer = client.generateText(body, "application/x-www-form-urlencoded");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).isEqualTo("{\"responseCode\":\"4150000\",\"responseMessage\":\"Unsupported Media Type\"}");
        assertThat(client.generateText(body, "application/json;charset=utf-8").statusCode()).isEqualTo(200);
    }

    @Test
    void aPrettyPrintedBodyIsVerifiedOverItsMinifiedForm() throws Exception {
        String pretty = Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(client.signed(BillWidgetTestClient.fields(clock.instant())));

        HttpResponse<String> answer = client.generateText(pretty);

        assertThat(pretty).contains("\n");
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void everyBillerOfTheSandboxCatalogueIsAccepted() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fieldsWithoutBill(clock.instant());
        fields.put("productCodes", List.of("080003", "070001", "070002", "503000", "001001", "010001", "020013",
                "050017"));

        assertThat(client.generate(client.signed(fields)).statusCode()).isEqualTo(200);
    }

    @Test
    void aFieldChangedAfterSigningIsAnInvalidSignatureWithHttp401() throws Exception {
        Map<String, Object> signed = client.signed(BillWidgetTestClient.fields(clock.instant()));
        signed.put("terminalName", "Loket Lain");

        HttpResponse<String> answer = client.generate(signed);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(error("4010000", "APP:UNAUTHORIZED", "Invalid Signature"));
    }

    @Test
    void aBillAmountChangedAfterSigningIsAnInvalidSignature() throws Exception {
        Map<String, Object> signed = client.signed(BillWidgetTestClient.fields(clock.instant()));
        @SuppressWarnings("unchecked")
        Map<String, Object> bill = new LinkedHashMap<>((Map<String, Object>) signed.get("billInfo"));
        bill.put("amount", "1.00");
        signed.put("billInfo", bill);

        assertThat(client.generate(signed).statusCode()).isEqualTo(401);
    }

    @Test
    void aProductCodeAddedAfterSigningIsAnInvalidSignature() throws Exception {
        Map<String, Object> signed = client.signed(BillWidgetTestClient.fields(clock.instant()));
        signed.put("productCodes", List.of("080003", "070001", "070002"));

        assertThat(client.generate(signed).statusCode()).isEqualTo(401);
    }

    @Test
    void isNotifFlippedAfterSigningIsAnInvalidSignature() throws Exception {
        Map<String, Object> signed = client.signed(BillWidgetTestClient.fields(clock.instant()));
        signed.put("isNotif", false);

        assertThat(client.generate(signed).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestSignedWithAnotherKeyIsAnInvalidSignature() throws Exception {
        BillWidgetTestClient otherKey = new BillWidgetTestClient(sandbox.baseUrl()).withMerchantKey("another-key");

        HttpResponse<String> answer = otherKey.generate(otherKey.signed(BillWidgetTestClient.fields(clock.instant())));

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void anUpperCaseSignatureIsRefusedByDefault() throws Exception {
        BillWidgetTestClient upper = new BillWidgetTestClient(sandbox.baseUrl()).withUpperCaseSignature();

        assertThat(upper.generate(upper.signed(BillWidgetTestClient.fields(clock.instant()))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void setToUpperCaseTheSandboxAcceptsAnUpperCaseSignatureAndRefusesALowerCaseOne() throws Exception {
        try (FinpaySandbox upperSandbox = FinpaySandbox.start(SandboxSettings.defaults()
                .withBillWidgetVariant(BillWidgetVariant.defaults().withSignatureCase(BillWidgetSignatureCase.UPPER)))) {
            BillWidgetTestClient upper = new BillWidgetTestClient(upperSandbox.baseUrl()).withUpperCaseSignature();
            BillWidgetTestClient lower = new BillWidgetTestClient(upperSandbox.baseUrl());
            Instant now = Instant.now();

            assertThat(upper.generate(upper.signed(BillWidgetTestClient.fields(now))).statusCode()).isEqualTo(200);
            assertThat(lower.generate(lower.signed(BillWidgetTestClient.fields(now))).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anotherMerchantIdIsAnUnknownMerchant() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        fields.put("merchantId", "SOMEONEELSE");

        HttpResponse<String> answer = client.generate(client.signed(fields));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(error("4010001", "APP:UNAUTHORIZED", "Unknown Merchant"));
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsOutOfRange() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant().minus(Duration.ofMinutes(6)));

        HttpResponse<String> answer = client.generate(client.signed(fields));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(error("4010002", "APP:UNAUTHORIZED", "Timestamp Out Of Range"));
    }

    @Test
    void aTimestampFourMinutesAheadIsAccepted() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant().plus(Duration.ofMinutes(4)));

        assertThat(client.generate(client.signed(fields)).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownProductCodeIsNotFoundAndNamed() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        fields.put("productCodes", List.of("080003", "999999"));

        HttpResponse<String> answer = client.generate(client.signed(fields));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo(error("4040000", "APP:NOT_FOUND", "Unknown product code {999999}"));
    }

    @Test
    void aTrxIdUsedBeforeIsAConflict() throws Exception {
        Map<String, Object> first = BillWidgetTestClient.fields(clock.instant());
        assertThat(client.generate(client.signed(first)).statusCode()).isEqualTo(200);
        Map<String, Object> again = BillWidgetTestClient.fields(clock.instant());
        again.put("trxId", first.get("trxId"));

        HttpResponse<String> answer = client.generate(client.signed(again));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).isEqualTo(error("4090000", "APP:CONFLICT", "Duplicate trxId"));
    }

    @Test
    void aUniqKeyUsedBeforeIsAConflict() throws Exception {
        Map<String, Object> first = BillWidgetTestClient.fields(clock.instant());
        assertThat(client.generate(client.signed(first)).statusCode()).isEqualTo(200);
        Map<String, Object> again = BillWidgetTestClient.fields(clock.instant());
        again.put("uniqKey", first.get("uniqKey"));

        HttpResponse<String> answer = client.generate(client.signed(again));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).isEqualTo(error("4090000", "APP:CONFLICT", "Duplicate uniqKey"));
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsTrxId() throws Exception {
        Map<String, Object> refused = client.signed(BillWidgetTestClient.fields(clock.instant()));
        refused.put("terminal", "99999");
        assertThat(client.generate(refused).statusCode()).isEqualTo(401);

        refused.put("terminal", "48511");
        assertThat(client.generate(client.signed(refused)).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsABadRequest() throws Exception {
        HttpResponse<String> answer = client.generateText("[\"not\",\"an\",\"object\"]");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(error("4000000", "APP:BAD_REQUEST", "Bad Request"));
        assertThat(client.generateText("not json").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyWithAFieldTwiceIsABadRequest() throws Exception {
        String signed = Json.writeString(client.signed(BillWidgetTestClient.fields(clock.instant())));
        String twice = signed.replace("\"terminal\":\"48511\"", "\"terminal\":\"48511\",\"terminal\":\"1\"");

        HttpResponse<String> answer = client.generateText(twice);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).get("data").get("responseCode").asString()).isEqualTo("4000000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void eachBadFieldIsRefusedAndNamed(String description, Consumer<Map<String, Object>> change,
                                             String responseCode, String message) throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        change.accept(fields);

        HttpResponse<String> answer = client.generate(client.signed(fields));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(error(responseCode, "APP:BAD_REQUEST", message));
    }

    @Test
    void anAbsentMerchantSignatureIsAMissingMandatoryField() throws Exception {
        HttpResponse<String> answer = client.generate(BillWidgetTestClient.fields(clock.instant()));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(error("4000002", "APP:BAD_REQUEST",
                "Invalid Mandatory Field {merchantSignature}"));
    }

    static Stream<Arguments> badFields() {
        String format = "4000001";
        String missing = "4000002";
        return Stream.of(
                bad("backUrl absent", f -> f.remove("backUrl"), missing, "backUrl"),
                bad("backUrl over 100 characters", f -> f.put("backUrl", "h".repeat(101)), format, "backUrl"),
                bad("trxId empty", f -> f.put("trxId", ""), missing, "trxId"),
                bad("trxId over 32 characters", f -> f.put("trxId", "1".repeat(33)), format, "trxId"),
                bad("trxId a number", f -> f.put("trxId", 12315139062851L), format, "trxId"),
                bad("merchantId absent", f -> f.remove("merchantId"), missing, "merchantId"),
                bad("username beside merchantId", f -> f.put("username", SandboxCredentials.BILL_MERCHANT_ID),
                        format, "username"),
                bad("merchantId over 100 characters", f -> f.put("merchantId", "M".repeat(101)), format, "merchantId"),
                bad("uniqKey null", f -> f.put("uniqKey", null), missing, "uniqKey"),
                bad("uniqKey over 32 characters", f -> f.put("uniqKey", "u".repeat(33)), format, "uniqKey"),
                bad("returnUrl over 100 characters", f -> f.put("returnUrl", "r".repeat(101)), format, "returnUrl"),
                bad("timestamp ISO with a T", f -> f.put("timestamp", "2024-05-30T00:21:12"), format, "timestamp"),
                bad("timestamp not a date", f -> f.put("timestamp", "2024-02-30 00:21:12"), format, "timestamp"),
                bad("timestamp without seconds", f -> f.put("timestamp", "2024-05-30 00:21"), format, "timestamp"),
                bad("timestamp absent", f -> f.remove("timestamp"), missing, "timestamp"),
                bad("productCodes empty", f -> f.put("productCodes", List.of()), missing, "productCodes"),
                bad("productCodes a string", f -> f.put("productCodes", "080003"), format, "productCodes"),
                bad("a product code of five digits", f -> f.put("productCodes", List.of("080003", "70001")),
                        format, "productCodes[1]"),
                bad("a product code with a letter", f -> f.put("productCodes", List.of("08000A")),
                        format, "productCodes[0]"),
                bad("a product code as a number", f -> f.put("productCodes", List.of("080003", 80003)),
                        format, "productCodes[1]"),
                bad("1000 product codes", f -> f.put("productCodes", Collections.nCopies(1000, "080003")),
                        format, "productCodes"),
                bad("terminal over 8 characters", f -> f.put("terminal", "123456789"), format, "terminal"),
                bad("terminalName over 20 characters", f -> f.put("terminalName", "t".repeat(21)),
                        format, "terminalName"),
                bad("billInfo not an object", f -> f.put("billInfo", "bill"), format, "billInfo"),
                bad("billInfo without billNumber", f -> bill(f).remove("billNumber"), missing, "billInfo.billNumber"),
                bad("billInfo amount a number", f -> bill(f).put("amount", 150000), format, "billInfo.amount"),
                bad("billInfo amount not digits", f -> bill(f).put("amount", "15.000"), format, "billInfo.amount"),
                bad("billInfo with an unknown field", f -> bill(f).put("discount", "1"), format, "billInfo.discount"),
                bad("isNotif a string", f -> f.put("isNotif", "true"), format, "isNotif"),
                bad("isNotif absent", f -> f.remove("isNotif"), missing, "isNotif"),
                bad("timeout a number", f -> f.put("timeout", 30), format, "timeout"),
                bad("timeout under 30 seconds", f -> f.put("timeout", "29"), format, "timeout"),
                bad("timeout over a day", f -> f.put("timeout", "86401"), format, "timeout"),
                bad("timeout not digits", f -> f.put("timeout", "30s"), format, "timeout"),
                bad("timeout absent", f -> f.remove("timeout"), missing, "timeout"));
    }

    private static Arguments bad(String description, Consumer<Map<String, Object>> change, String code,
                                 String field) {
        String message = (code.equals("4000002") ? "Invalid Mandatory Field {" : "Invalid Field Format {") + field + "}";
        return Arguments.of(description, change, code, message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bill(Map<String, Object> fields) {
        Map<String, Object> bill = new LinkedHashMap<>((Map<String, Object>) fields.get("billInfo"));
        fields.put("billInfo", bill);
        return bill;
    }

    @Test
    void theLongestValidValuesAreAccepted() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        fields.put("backUrl", "https://m.example/" + "b".repeat(82));
        fields.put("trxId", "T" + BillWidgetTestClient.id() + "x".repeat(20));
        fields.put("terminal", "12345678");
        fields.put("terminalName", "t".repeat(20));
        fields.put("timeout", "86400");
        fields.put("productCodes", new ArrayList<>(Collections.nCopies(999, "080003")));
        String trxId = (String) fields.get("trxId");

        HttpResponse<String> answer = client.generate(client.signed(fields));

        assertThat(trxId.length()).isLessThanOrEqualTo(32);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode data = json(answer).get("data");
        assertThat(data.get("responseCode").asString()).isEqualTo("2000000");
    }
}

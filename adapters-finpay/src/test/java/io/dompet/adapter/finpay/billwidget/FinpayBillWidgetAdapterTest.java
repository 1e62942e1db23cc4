package io.dompet.adapter.finpay.billwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.billwidget.StubBillWidget.Received;
import io.dompet.adapter.finpay.billwidget.StubBillWidget.Reply;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.application.port.out.BillWidgetPort.CheckOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateRequest;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class FinpayBillWidgetAdapterTest {

    static final String MERCHANT_ID = "dompet-merchant";
    static final String KEY = "m3rchant-Key-value-Zz";
    static final String TRX_ID = "BW20240719000001";
    static final String UNIQ_KEY = "UK20240719000001";
    /** 2024-07-19 14:15:20 Jakarta time. */
    static final Instant NOW = Instant.parse("2024-07-19T07:15:20Z");
    static final BillInfo BILL = new BillInfo("8888800393834857", Money.idr(150_000), "01", "Budi  Santoso",
            "081234567890", "budi.santoso@example.com");

    StubBillWidget stub;
    FinpayBillWidgetAdapter adapter;
    @RegisterExtension
    final CapturedLogs logs = CapturedLogs.of("io.dompet.adapter.finpay");

    @BeforeEach
    void start() throws IOException {
        stub = new StubBillWidget(KEY, "merchantId", false);
        adapter = new FinpayBillWidgetAdapter(settings(stub.baseUrl()).build());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    static BillWidgetSettingsBuilder settings(URI baseUrl) {
        return BillWidgetSettingsBuilder.of(baseUrl, MERCHANT_ID, KEY, "DOMPET01", "Loket Bidakara");
    }

    static GenerateRequest request(BillInfo bill, String... codes) {
        return new GenerateRequest(TRX_ID, UNIQ_KEY, List.of(codes).stream().map(ProductCode::new).toList(), bill,
                true, Duration.ofMinutes(30), "https://dompet.example/back", "https://dompet.example/return", NOW);
    }

    static GenerateRequest request() {
        return request(null, "080003");
    }

    static Reply success(String redirectUrl) {
        return Reply.json("{\"data\":{\"responseCode\":\"2000000\",\"responseDesc\":\"Success\",\"redirectURL\":\""
                + redirectUrl + "\"},\"pagination\":[],\"stat_code\":\"APP:SUCCESS\",\"stat_msg\":\"Success\"}");
    }

    @Nested
    class GeneratedWidgets {

        @Test
        void aWidgetIsGeneratedWithFinpaysRedirectUrlAndTheTokenTakenFromIt() {
            GenerateOutcome outcome = adapter.generate(request());

            assertThat(outcome).isInstanceOfSatisfying(GenerateOutcome.Generated.class, generated -> {
                assertThat(generated.redirectUrl()).startsWith(StubBillWidget.REDIRECT);
                assertThat(generated.token()).matches("[0-9a-f]{64}");
                assertThat(generated.redirectUrl()).isEqualTo(StubBillWidget.REDIRECT + generated.token());
            });
        }

        @Test
        void theRequestCarriesTheDocumentedFieldsInJakartaTimeAndFinpayAcceptsItsSignature() {
            adapter.generate(request());

            Received received = stub.generated().get(0);
            assertThat(received.accepted()).isTrue();
            assertThat(received.header("Content-Type")).isEqualTo("application/json");
            JsonNode json = received.json();
            assertThat(json.get("backUrl").stringValue()).isEqualTo("https://dompet.example/back");
            assertThat(json.get("returnUrl").stringValue()).isEqualTo("https://dompet.example/return");
            assertThat(json.get("trxId").stringValue()).isEqualTo(TRX_ID);
            assertThat(json.get("uniqKey").stringValue()).isEqualTo(UNIQ_KEY);
            assertThat(json.get("merchantId").stringValue()).isEqualTo(MERCHANT_ID);
            assertThat(json.has("username")).isFalse();
            assertThat(json.get("timestamp").stringValue()).isEqualTo("2024-07-19 14:15:20");
            assertThat(json.get("productCodes").toString()).isEqualTo("[\"080003\"]");
            assertThat(json.get("terminal").stringValue()).isEqualTo("DOMPET01");
            assertThat(json.get("terminalName").stringValue()).isEqualTo("Loket Bidakara");
            assertThat(json.get("isNotif").isBoolean()).isTrue();
            assertThat(json.get("timeout").stringValue()).isEqualTo("1800");
            assertThat(json.has("billInfo")).isFalse();
            assertThat(json.get("merchantSignature").stringValue()).matches("[0-9a-f]{64}");
        }

        @Test
        void aBillAndSeveralProductCodesAreSentAndSignedAsFinpayRecomputesThem() {
            GenerateOutcome outcome = adapter.generate(request(BILL, "080003", "070001", "503000"));

            assertThat(outcome).isInstanceOf(GenerateOutcome.Generated.class);
            JsonNode json = stub.generated().get(0).json();
            assertThat(json.get("billInfo").get("customerName").stringValue()).isEqualTo("Budi  Santoso");
            assertThat(json.get("billInfo").get("amount").stringValue()).isEqualTo("150000.00");
            assertThat(json.get("productCodes")).hasSize(3);
        }

        @Test
        void theMerchantIdIsSentAsUsernameWhenConfigured() throws IOException {
            try (StubBillWidget usernames = new StubBillWidget(KEY, "username", false)) {
                FinpayBillWidgetAdapter configured = new FinpayBillWidgetAdapter(
                        settings(usernames.baseUrl()).merchantIdField(MerchantIdField.USERNAME).build());

                assertThat(configured.generate(request(BILL, "080003"))).isInstanceOf(GenerateOutcome.Generated.class);
                JsonNode json = usernames.generated().get(0).json();
                assertThat(json.get("username").stringValue()).isEqualTo(MERCHANT_ID);
                assertThat(json.has("merchantId")).isFalse();
            }
        }

        @Test
        void anUpperCaseSignatureIsSentWhenConfigured() throws IOException {
            try (StubBillWidget upper = new StubBillWidget(KEY, "merchantId", true)) {
                FinpayBillWidgetAdapter configured = new FinpayBillWidgetAdapter(
                        settings(upper.baseUrl()).signatureCase(HexCase.UPPER).build());

                assertThat(configured.generate(request(BILL, "080003"))).isInstanceOf(GenerateOutcome.Generated.class);
                assertThat(upper.generated().get(0).json().get("merchantSignature").stringValue())
                        .matches("[0-9A-F]{64}");
            }
        }

        @Test
        void aPercentEncodedTokenInTheRedirectUrlIsDecoded() {
            stub.scriptGenerate(success("https://widget.finnet.co.id/bill?lang=id&token=ab%2Bcd%3D%3D&x=1"));

            assertThat(adapter.generate(request())).isEqualTo(new GenerateOutcome.Generated(
                    "https://widget.finnet.co.id/bill?lang=id&token=ab%2Bcd%3D%3D&x=1", "ab+cd=="));
        }

        @Test
        void aBaseUrlWithATrailingSlashReachesTheSamePaths() {
            adapter = new FinpayBillWidgetAdapter(settings(URI.create(stub.baseUrl() + "/")).build());

            assertThat(adapter.generate(request())).isInstanceOf(GenerateOutcome.Generated.class);
            assertThat(stub.generated()).hasSize(1);
        }
    }

    @Nested
    class Refusals {

        @Test
        void aRefusalInDataCarriesFinpaysResponseCodeAndDescription() {
            stub.scriptGenerate(Reply.refusal("4047301", "Product Code Not Found"));

            assertThat(adapter.generate(request()))
                    .isEqualTo(new GenerateOutcome.Refused(new FinpayFailure("4047301", "Product Code Not Found")));
            assertThat(stub.generated()).hasSize(1);
        }

        @Test
        void aRefusalWithOnlyAStatCodeCarriesTheStatCodeAndMessage() {
            stub.scriptGenerate(Reply.stat("APP:UNAUTHORIZED", "Merchant not registered").withStatus(401));

            assertThat(adapter.generate(request()))
                    .isEqualTo(new GenerateOutcome.Refused(new FinpayFailure("APP:UNAUTHORIZED", "Merchant not registered")));
        }

        @Test
        void aRefusalWithoutAResponseDescriptionTakesTheStatMessage() {
            stub.scriptGenerate(Reply.json("{\"data\":{\"responseCode\":\"5007300\"},\"stat_code\":\"APP:ERROR\","
                    + "\"stat_msg\":\"General Error\"}").withStatus(500));

            assertThat(adapter.generate(request())).isEqualTo(new GenerateOutcome.Refused(new FinpayFailure("5007300", "General Error")));
        }

        @Test
        void aWrongSignatureCaseIsRefusedByFinpay() throws IOException {
            try (StubBillWidget upper = new StubBillWidget(KEY, "merchantId", true)) {
                FinpayBillWidgetAdapter lower = new FinpayBillWidgetAdapter(settings(upper.baseUrl()).build());

                assertThat(lower.generate(request())).isEqualTo(new GenerateOutcome.Refused(new FinpayFailure("4017300",
                        "Invalid Signature")));
            }
        }

        @Test
        void aWrongMerchantKeyIsRefusedByFinpay() {
            adapter = new FinpayBillWidgetAdapter(BillWidgetSettingsBuilder.of(stub.baseUrl(), MERCHANT_ID, KEY + "x",
                    "DOMPET01", "Loket Bidakara").build());

            assertThat(adapter.generate(request())).isInstanceOfSatisfying(GenerateOutcome.Refused.class,
                    refused -> assertThat(refused.failure().code()).isEqualTo("4017300"));
        }

        @Test
        void aDescriptionQuotingTheKeyOrTheCustomerIsPassedOnWithoutThem() {
            stub.scriptGenerate(Reply.refusal("4007300", "bad " + KEY + " for Budi  Santoso 081234567890 "
                    + "budi.santoso@example.com"));

            assertThat(adapter.generate(request(BILL, "080003"))).isInstanceOfSatisfying(GenerateOutcome.Refused.class,
                    refused -> assertThat(refused.failure().message()).isEqualTo(
                            "bad (redacted) for (redacted) (redacted) (redacted)"));
        }

        @Test
        void anAmountWithCentsIsNotSentWhenFinpayTakesWholeRupiah() {
            adapter = new FinpayBillWidgetAdapter(settings(stub.baseUrl()).billAmountFormat(BillAmountFormat.INTEGER).build());
            BillInfo cents = new BillInfo("8888800393834857", Money.parse("150000.50"), null, null, null, null);

            assertThat(adapter.generate(request(cents, "080003"))).isInstanceOfSatisfying(GenerateOutcome.Refused.class,
                    refused -> assertThat(refused.failure().code()).isEqualTo(FinpayFailure.INVALID_BILL_WIDGET_REQUEST));
            assertThat(stub.all()).isEmpty();
            assertThat(adapter.generate(request(BILL, "080003"))).isInstanceOf(GenerateOutcome.Generated.class);
            assertThat(stub.generated().get(0).json().get("billInfo").get("amount").stringValue()).isEqualTo("150000");
        }

        @Test
        void aTrxIdLongerThanFinpayAcceptsIsRefusedWithoutCallingFinpay() {
            GenerateRequest tooLong = new GenerateRequest("X".repeat(33), UNIQ_KEY, List.of(new ProductCode("080003")),
                    null, true, Duration.ofMinutes(30), "https://dompet.example/back", "https://dompet.example/return",
                    NOW);

            assertThat(adapter.generate(tooLong)).isInstanceOfSatisfying(GenerateOutcome.Refused.class,
                    refused -> assertThat(refused.failure().code()).isEqualTo(FinpayFailure.INVALID_BILL_WIDGET_REQUEST));
            assertThat(stub.all()).isEmpty();
        }
    }

    @Nested
    class UnknownOutcomes {

        @Test
        void anHtml502IsUnknown() {
            stub.scriptGenerate(new Reply(502, "text/html", "<html><body>502 Bad Gateway</body></html>", 0));

            assertThat(adapter.generate(request())).isInstanceOfSatisfying(GenerateOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).isEqualTo("HTTP 502 with a body that is not JSON (text/html)"));
        }

        @Test
        void anEmptyBodyIsUnknown() {
            stub.scriptGenerate(new Reply(200, "application/json", "", 0));

            assertThat(adapter.generate(request())).isEqualTo(new GenerateOutcome.Unknown("HTTP 200 with an empty body"));
        }

        @Test
        void jsonWithoutEitherCodeIsUnknown() {
            stub.scriptGenerate(Reply.json("{\"data\":{},\"pagination\":[]}"));

            assertThat(adapter.generate(request())).isInstanceOf(GenerateOutcome.Unknown.class);
        }

        @Test
        void aSuccessCodeWithoutAppSuccessIsUnknown() {
            stub.scriptGenerate(Reply.json("{\"data\":{\"responseCode\":\"2000000\",\"redirectURL\":\""
                    + StubBillWidget.REDIRECT + "abc\"}}"));

            assertThat(adapter.generate(request())).isInstanceOf(GenerateOutcome.Unknown.class);
        }

        @Test
        void successOnAServerErrorStatusIsUnknown() {
            stub.scriptGenerate(success(StubBillWidget.REDIRECT + "abc").withStatus(500));

            assertThat(adapter.generate(request())).isInstanceOf(GenerateOutcome.Unknown.class);
        }

        @Test
        void successWithoutATokenInTheRedirectUrlIsUnknown() {
            for (String url : List.of("http://localhost:3000/", "http://localhost:3000/?token=", "not a url",
                    "ftp://host/?token=abc", "http://localhost:3000/?token=a&token=b", "/relative?token=abc")) {
                stub.scriptGenerate(success(url));

                assertThat(adapter.generate(request())).as(url).isEqualTo(new GenerateOutcome.Unknown(
                        "success answer without a redirectURL that carries a token"));
            }
        }

        @Test
        void aReadTimeoutIsUnknown() {
            adapter = new FinpayBillWidgetAdapter(settings(stub.baseUrl())
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build());
            stub.scriptGenerate(success(StubBillWidget.REDIRECT + "abc").delayed(1_500));

            assertThat(adapter.generate(request())).isInstanceOfSatisfying(GenerateOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).startsWith("read timeout"));
        }

        @Test
        void anAnswerThatStallsMidBodyIsUnknownWithinTheReadTimeout() {
            adapter = new FinpayBillWidgetAdapter(settings(stub.baseUrl())
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build());
            stub.scriptGenerate(success(StubBillWidget.REDIRECT + "abc").stallingMidBody());

            GenerateOutcome outcome = assertTimeoutPreemptively(Duration.ofMillis(1_500), () -> adapter.generate(request()));

            assertThat(outcome).isEqualTo(new GenerateOutcome.Unknown(
                    "read timeout: the body did not arrive in full within 300 ms"));
        }

        @Test
        void aRefusedConnectionIsUnknown() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            adapter = new FinpayBillWidgetAdapter(settings(URI.create("http://127.0.0.1:" + port)).build());

            assertThat(adapter.generate(request())).isInstanceOfSatisfying(GenerateOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).startsWith("connection failed"));
            assertThat(adapter.check("abc")).isInstanceOf(CheckOutcome.Unknown.class);
        }
    }

    @Nested
    class CheckToken {

        @Test
        void aTokenFinpayIssuedIsValidWithItsProductCodesAndTrxId() {
            GenerateOutcome.Generated generated =
                    (GenerateOutcome.Generated) adapter.generate(request(BILL, "080003", "070001"));

            assertThat(adapter.check(generated.token()))
                    .isEqualTo(new CheckOutcome.Valid(List.of("080003", "070001"), TRX_ID, true));
            assertThat(stub.checked().get(0).method()).isEqualTo("GET");
        }

        @Test
        void theTokenIsSentPercentEncodedAsOnePathSegment() {
            stub.issue("ab/cd+e%f=", new StubBillWidget.Issued(TRX_ID, List.of("080003"), false));

            assertThat(adapter.check("ab/cd+e%f=")).isEqualTo(new CheckOutcome.Valid(List.of("080003"), TRX_ID, false));
            assertThat(stub.checked().get(0).rawPath()).isEqualTo("/v1/widget/check/ab%2Fcd%2Be%25f%3D");
        }

        @Test
        void anUnknownTokenIsInvalidWithFinpaysCodeAndMessage() {
            assertThat(adapter.check("0123456789abcdef")).isEqualTo(
                    new CheckOutcome.Invalid(new FinpayFailure("APP:TOKEN_INVALID", "Token is invalid or expired")));
        }

        @Test
        void aBlankTokenOrOneWithSpacesIsInvalidWithoutCallingFinpay() {
            assertThat(adapter.check("ab cd")).isInstanceOf(CheckOutcome.Invalid.class);
            assertThat(adapter.check(" ")).isInstanceOfSatisfying(CheckOutcome.Invalid.class,
                    invalid -> assertThat(invalid.failure().code()).isEqualTo(FinpayFailure.INVALID_BILL_WIDGET_TOKEN));
            assertThat(stub.all()).isEmpty();
        }

        @Test
        void anHtml502IsUnknown() {
            stub.scriptCheck(new Reply(502, "text/html", "<html>502</html>", 0));

            assertThat(adapter.check("abc")).isInstanceOf(CheckOutcome.Unknown.class);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "\"010001\"                 | \"false\" | 010001        | false",
                "\"010001,080003\"          | \"true\"  | 010001;080003 | true",
                "\" 010001 , 080003 \"      | false     | 010001;080003 | false",
                "[\"010001\",\"080003\"]  | true      | 010001;080003 | true"})
        void theTablesAndTheSamplesShapesOfProductCodesAndIncludeBillAreBothValid(String productCodes,
                                                                                  String includeBill, String codes,
                                                                                  boolean expectedIncludeBill) {
            stub.scriptCheck(Reply.json("{\"data\":{\"includeBill\":" + includeBill + ",\"productCodes\":" + productCodes
                    + ",\"reqId\":\"REQ-1\",\"trxId\":\"X\"},\"stat_code\":\"APP:SUCCESS\",\"stat_msg\":\"Success\"}"));

            assertThat(adapter.check("abc")).isEqualTo(
                    new CheckOutcome.Valid(List.of(codes.split(";")), "X", expectedIncludeBill));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\"010001,\"", "\",\"", "12", "[\"010001\",1]", "{}"})
        void productCodesThatAreNoCodesAreUnknown(String productCodes) {
            stub.scriptCheck(Reply.json("{\"data\":{\"includeBill\":false,\"productCodes\":" + productCodes
                    + ",\"trxId\":\"X\"},\"stat_code\":\"APP:SUCCESS\"}"));

            assertThat(adapter.check("abc")).isInstanceOf(CheckOutcome.Unknown.class);
        }

        @Test
        void successWithoutProductCodesIsUnknown() {
            stub.scriptCheck(Reply.json("{\"data\":{\"includeBill\":false,\"trxId\":\"X\"},\"stat_code\":\"APP:SUCCESS\"}"));

            assertThat(adapter.check("abc")).isInstanceOf(CheckOutcome.Unknown.class);
        }

        @Test
        void aReadTimeoutIsUnknown() {
            adapter = new FinpayBillWidgetAdapter(settings(stub.baseUrl())
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build());
            stub.scriptCheck(Reply.stat("APP:SUCCESS", "Success").delayed(1_500));

            assertThat(adapter.check("abc")).isInstanceOfSatisfying(CheckOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).startsWith("read timeout"));
        }
    }

    @Nested
    class Logging {

        @Test
        void eachCallLogsOneInfoLineWithoutTheKeySignatureTokenOrCustomerData() {
            GenerateOutcome.Generated generated =
                    (GenerateOutcome.Generated) adapter.generate(request(BILL, "080003", "070001"));
            adapter.check(generated.token());
            stub.scriptGenerate(Reply.refusal("4007300", "Invalid Field for Budi  Santoso"));
            adapter.generate(request(BILL, "080003"));

            String signature = stub.generated().get(0).json().get("merchantSignature").stringValue();
            List<String> lines = logs.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).hasSize(3);
            assertThat(logs.events()).allSatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.INFO);
                assertThat(event.getThrowableProxy()).isNull();
            });
            assertThat(lines.get(0)).contains("generate").contains(TRX_ID).contains("2 product codes")
                    .contains("HTTP 200").contains("2000000").contains("APP:SUCCESS").contains(" ms");
            assertThat(lines.get(1)).contains("check").contains("HTTP 200").contains("APP:SUCCESS").contains(TRX_ID)
                    .contains("2 product codes");
            assertThat(lines.get(2)).contains("HTTP 200").contains("4007300");
            assertThat(String.join("\n", lines)).doesNotContain(KEY).doesNotContain(signature)
                    .doesNotContain(generated.token()).doesNotContain(StubBillWidget.REDIRECT)
                    .doesNotContain("Budi").doesNotContain("081234567890").doesNotContain("budi.santoso");
        }

        @Test
        void failuresLogOneWarningWithoutTheToken() {
            stub.scriptCheck(new Reply(502, "text/html", "<html>502</html>", 0));

            adapter.check("secret-token-value");

            assertThat(logs.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("check").contains("HTTP 502")
                        .doesNotContain("secret-token-value");
            });
        }

        @Test
        void theAdapterAndItsSettingsNeverShowTheMerchantKey() {
            assertThat(adapter.toString()).contains(MERCHANT_ID).doesNotContain(KEY);
        }
    }
}

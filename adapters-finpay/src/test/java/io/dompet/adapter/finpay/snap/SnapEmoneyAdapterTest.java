package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.snap.StubFinpay.Received;
import io.dompet.adapter.finpay.snap.StubFinpay.Reply;
import io.dompet.application.port.out.EmoneyTopUpPort.AccountInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.QuotedAmount;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpInstruction;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpOutcome;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.PartnerReferenceNo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapEmoneyAdapterTest {

    static final String CLIENT_ID = "dompet-client";
    static final String SECRET = "s3cr3t-client-secret-value";
    static final PrivateKey PRIVATE_KEY = KeyMaterial.privateKey(resource("/keys/rsa2048-pkcs8.pem"));
    static final PublicKey PUBLIC_KEY = KeyMaterial.publicKey(resource("/keys/rsa2048-public.pem"));
    static final PhoneNumber PHONE = PhoneNumber.parse("081977817902");
    static final PartnerReferenceNo REF = new PartnerReferenceNo("P20240417000001");
    static final Money STATUS_AMOUNT = Money.idr(50_000);
    /** 2022-09-23T14:56:11+07:00 */
    static final Instant TRANSACTION_DATE = Instant.parse("2022-09-23T07:56:11Z");
    /** 2024-04-17T12:03:38+07:00 */
    static final Instant NOW = Instant.parse("2024-04-17T05:03:38Z");

    static final String INQUIRY_OK = "{\"responseCode\":\"2003700\",\"responseMessage\":\"Successful\","
            + "\"referenceNo\":\"2211150005490936\",\"partnerReferenceNo\":\"P20240417000001\","
            + "\"customerNumber\":\"XXXXXXXX7902\",\"customerName\":\"sa**m\","
            + "\"minAmount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},"
            + "\"maxAmount\":{\"value\":\"2000000.00\",\"currency\":\"IDR\"},"
            + "\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},"
            + "\"feeAmount\":{\"value\":\"1500.00\",\"currency\":\"IDR\"},\"feeType\":\"OUR\"}";
    static final String TOP_UP_OK = "{\"responseCode\":\"2003800\",\"responseMessage\":\"Request has been processed successfully\","
            + "\"referenceNo\":\"2211150005490937\",\"partnerReferenceNo\":\"P20240417000001\","
            + "\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"}}";

    StubFinpay stub;
    MutableClock clock;
    SnapEmoneyAdapter adapter;
    @RegisterExtension
    final CapturedLogs logs = CapturedLogs.of("io.dompet.adapter.finpay");

    @BeforeEach
    void start() throws IOException {
        stub = new StubFinpay(CLIENT_ID, SECRET, PUBLIC_KEY, false);
        clock = new MutableClock(NOW);
        adapter = new SnapEmoneyAdapter(settings(stub.baseUrl()).build());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    SnapSettingsBuilder settings(URI baseUrl) {
        return SnapSettingsBuilder.of(baseUrl, CLIENT_ID, SECRET, PRIVATE_KEY, "DMPT", "dompet.example").clock(clock);
    }

    static AccountInquiry inquiry() {
        return new AccountInquiry(REF, PHONE, Money.idr(50_000), TRANSACTION_DATE);
    }

    static TopUpInstruction instruction() {
        return new TopUpInstruction(REF, PHONE, "sa**m", Money.idr(50_000), QuotedAmount.of(Money.idr(1_500)), TRANSACTION_DATE);
    }

    static String status(String latestTransactionStatus, String description) {
        return "{\"responseCode\":\"2003900\",\"responseMessage\":\"Successful\","
                + "\"originalPartnerReferenceNo\":\"P20240417000001\",\"originalReferenceNo\":\"2211150005490937\","
                + "\"serviceCode\":\"38\",\"latestTransactionStatus\":\"" + latestTransactionStatus + "\","
                + "\"transactionStatusDesc\":\"" + description + "\"}";
    }

    /**
     * A status answer whose {@code serviceCode} and {@code amount} are as given; {@code ABSENT} leaves the field (or
     * the amount's currency) out.
     */
    static String status(String latestTransactionStatus, String description, String serviceCode, String amountValue,
                         String currency) {
        String json = status(latestTransactionStatus, description);
        json = serviceCode.equals("ABSENT") ? json.replace(",\"serviceCode\":\"38\"", "")
                : json.replace("\"serviceCode\":\"38\"", "\"serviceCode\":\"" + serviceCode + "\"");
        if (!amountValue.equals("ABSENT")) {
            String amount = "{\"value\":\"" + amountValue + "\""
                    + (currency.equals("ABSENT") ? "" : ",\"currency\":\"" + currency + "\"") + "}";
            json = json.substring(0, json.length() - 1) + ",\"amount\":" + amount + "}";
        }
        return json;
    }

    static String error(String code, String message) {
        return "{\"responseCode\":\"" + code + "\",\"responseMessage\":\"" + message + "\"}";
    }

    @Nested
    class SuccessfulCalls {

        @Test
        void theAccountInquiryReturnsFinpaysMaskedNameFeeAndLimits() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            InquiryOutcome outcome = adapter.inquire(inquiry());

            assertThat(outcome).isEqualTo(new InquiryOutcome.Inquired("sa**m", new QuotedAmount(Money.idr(1_500), "1500.00"), "OUR",
                    Money.idr(10_000), Money.idr(2_000_000)));
        }

        @Test
        void theAccountInquirySendsTheDocumentedBodyCompactlyInTheLocalNumberFormAndJakartaTime() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            adapter.inquire(inquiry());

            assertThat(stub.received(StubFinpay.INQUIRY_PATH)).singleElement().extracting(Received::text).isEqualTo(
                    "{\"partnerReferenceNo\":\"P20240417000001I\",\"customerNumber\":\"081977817902\","
                            + "\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},"
                            + "\"transactionDate\":\"2022-09-23T14:56:11+07:00\"}");
        }

        @Test
        void theAccountInquirySendsItsOwnPartnerReferenceAndTheTopUpAndStatusTheTopUps() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success")));

            adapter.inquire(inquiry());
            adapter.topUp(instruction());
            adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT));

            assertThat(stub.received(StubFinpay.INQUIRY_PATH).get(0).text()).contains("\"partnerReferenceNo\":\"P20240417000001I\"");
            assertThat(stub.received(StubFinpay.TOP_UP_PATH).get(0).text()).contains("\"partnerReferenceNo\":\"P20240417000001\"");
            assertThat(stub.received(StubFinpay.STATUS_PATH).get(0).text()).contains("\"originalPartnerReferenceNo\":\"P20240417000001\"");
        }

        @Test
        void theAccountInquirySendsTheTopUpsPartnerReferenceWhenConfiguredShared() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));
            SnapEmoneyAdapter shared = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).inquiryReference(InquiryReference.SHARED).build());

            assertThat(shared.inquire(inquiry())).isInstanceOf(InquiryOutcome.Inquired.class);
            assertThat(stub.received(StubFinpay.INQUIRY_PATH).get(0).text()).contains("\"partnerReferenceNo\":\"P20240417000001\",");
        }

        @Test
        void everyTransactionalRequestCarriesTheSnapHeadersAndASignatureFinpayAccepts() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            adapter.inquire(inquiry());

            Received request = stub.received(StubFinpay.INQUIRY_PATH).get(0);
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + StubFinpay.token(1));
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("X-TIMESTAMP")).isEqualTo("2024-04-17T12:03:38+07:00");
            assertThat(request.header("X-PARTNER-ID")).isEqualTo(CLIENT_ID);
            assertThat(request.header("CHANNEL-ID")).isEqualTo("DMPT");
            assertThat(request.header("ORIGIN")).isEqualTo("dompet.example");
            assertThat(request.header("X-EXTERNAL-ID")).matches("\\d{1,32}");
            assertThat(request.header("X-SIGNATURE")).isNotBlank();
        }

        @Test
        void theTokenRequestIsSignedWithTheMerchantKeyAndSendsTheClientCredentialsGrant() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            adapter.inquire(inquiry());

            Received token = stub.received(StubFinpay.TOKEN_PATH).get(0);
            assertThat(token.signatureValid()).isTrue();
            assertThat(token.header("X-CLIENT-KEY")).isEqualTo(CLIENT_ID);
            assertThat(token.header("X-TIMESTAMP")).isEqualTo("2024-04-17T12:03:38+07:00");
            assertThat(token.text()).isEqualTo("{\"grantType\":\"client_credentials\"}");
        }

        @Test
        void theTopUpSucceedsWithFinpaysReferenceAndSendsNameAndFeeAsTheInquiryReturnedThem() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));

            TopUpOutcome outcome = adapter.topUp(instruction());

            assertThat(outcome).isEqualTo(new TopUpOutcome.Succeeded("2211150005490937"));
            Received request = stub.received(StubFinpay.TOP_UP_PATH).get(0);
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.text()).isEqualTo("{\"partnerReferenceNo\":\"P20240417000001\","
                    + "\"customerNumber\":\"081977817902\",\"customerName\":\"sa**m\","
                    + "\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},"
                    + "\"feeAmount\":{\"value\":\"1500.00\",\"currency\":\"IDR\"},"
                    + "\"transactionDate\":\"2022-09-23T14:56:11+07:00\"}");
        }

        @Test
        void theFeeIsEchoedExactlyAsTheInquiryWroteIt() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK.replace(
                    "\"feeAmount\":{\"value\":\"1500.00\"", "\"feeAmount\":{\"value\":\"0\"")));
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));

            InquiryOutcome.Inquired inquired = (InquiryOutcome.Inquired) adapter.inquire(inquiry());
            adapter.topUp(new TopUpInstruction(REF, PHONE, inquired.customerName(), Money.idr(50_000), inquired.fee(),
                    TRANSACTION_DATE));

            assertThat(inquired.fee()).isEqualTo(new QuotedAmount(Money.idr(0), "0"));
            assertThat(stub.received(StubFinpay.TOP_UP_PATH).get(0).text())
                    .contains("\"feeAmount\":{\"value\":\"0\",\"currency\":\"IDR\"}");
        }

        @Test
        void aCustomerNameWithQuotesAndUnicodeIsSignedOverTheBytesSent() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));

            TopUpOutcome outcome = adapter.topUp(new TopUpInstruction(REF, PHONE, "Ré \"sa**m\"  日本",
                    Money.idr(50_000), QuotedAmount.of(Money.idr(0)), TRANSACTION_DATE));

            assertThat(outcome).isInstanceOf(TopUpOutcome.Succeeded.class);
            assertThat(stub.received(StubFinpay.TOP_UP_PATH).get(0).text()).contains("\"customerName\":\"Ré \\\"sa**m\\\"  日本\"");
        }

        @Test
        void theStatusInquiryLeavesOutTheOriginalReferenceWhenFinpaysIsUnknown() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success")));

            StatusOutcome outcome = adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT));

            assertThat(outcome).isEqualTo(new StatusOutcome.Succeeded("2211150005490937"));
            Received request = stub.received(StubFinpay.STATUS_PATH).get(0);
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.text()).isEqualTo(
                    "{\"originalPartnerReferenceNo\":\"P20240417000001\",\"serviceCode\":\"38\"}");
        }

        @Test
        void theStatusInquirySendsAnEmptyOriginalReferenceWhenFinpaysIsUnknownAndConfiguredEmpty() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success")));
            SnapEmoneyAdapter empty = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).originalReferenceNo(OriginalReferenceNo.EMPTY).build());

            StatusOutcome outcome = empty.status(new StatusInquiry(REF, null, STATUS_AMOUNT));

            assertThat(outcome).isEqualTo(new StatusOutcome.Succeeded("2211150005490937"));
            Received request = stub.received(StubFinpay.STATUS_PATH).get(0);
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.text()).isEqualTo(
                    "{\"originalPartnerReferenceNo\":\"P20240417000001\",\"originalReferenceNo\":\"\",\"serviceCode\":\"38\"}");
        }

        @ParameterizedTest
        @CsvSource({"OMIT, omit, empty", "EMPTY, empty, omit"})
        void aMalformedStatusInquiryWithoutFinpaysReferenceIsLoggedNamingTheOriginalReferenceSwitch(
                OriginalReferenceNo form, String current, String other) {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(400, error("4003901", "Invalid Field Format originalReferenceNo")));
            SnapEmoneyAdapter configured = new SnapEmoneyAdapter(settings(stub.baseUrl()).originalReferenceNo(form).build());

            assertThat(configured.status(new StatusInquiry(REF, null, STATUS_AMOUNT)))
                    .isInstanceOf(StatusOutcome.Unknown.class);
            assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.ERROR)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .contains("4003901", "dompet.finpay.snap.original-reference-no=" + current + " (try " + other + ")");
        }

        @Test
        void aMalformedStatusInquiryWithFinpaysReferenceDoesNotNameTheOriginalReferenceSwitch() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(400, error("4003901", "Invalid Field Format")));

            adapter.status(new StatusInquiry(REF, "2211150005490937", STATUS_AMOUNT));

            assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(line -> line.contains("original-reference-no"))
                    .anyMatch(line -> line.contains("this is a bug in dompet"));
        }

        @Test
        void theStatusInquirySendsFinpaysReferenceWhenKnown() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success")));

            adapter.status(new StatusInquiry(REF, "2211150005490937", STATUS_AMOUNT));

            assertThat(stub.received(StubFinpay.STATUS_PATH).get(0).text()).contains("\"originalReferenceNo\":\"2211150005490937\"");
        }

        @Test
        void hexSignaturesAreSentWhenConfigured() throws IOException {
            try (StubFinpay hexStub = new StubFinpay(CLIENT_ID, SECRET, PUBLIC_KEY, true)) {
                hexStub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));
                SnapEmoneyAdapter hex = new SnapEmoneyAdapter(
                        settings(hexStub.baseUrl()).signatureEncoding(SignatureEncoding.HEX).build());

                assertThat(hex.topUp(instruction())).isEqualTo(new TopUpOutcome.Succeeded("2211150005490937"));
                assertThat(hexStub.received(StubFinpay.TOP_UP_PATH).get(0).header("X-SIGNATURE")).matches("[0-9a-f]{128}");
            }
        }

        @Test
        void aBase64SignatureIsRefusedByAFinpayThatExpectsHex() throws IOException {
            try (StubFinpay hexStub = new StubFinpay(CLIENT_ID, SECRET, PUBLIC_KEY, true)) {
                hexStub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));
                SnapEmoneyAdapter base64 = new SnapEmoneyAdapter(settings(hexStub.baseUrl()).build());

                assertThat(base64.topUp(instruction())).isEqualTo(
                        new TopUpOutcome.Failed(new FinpayFailure("4010000", "Unauthorized. stub check failed")));
                assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage)
                        .anyMatch(line -> line.contains("dompet.finpay.snap.signature-encoding=base64 (try hex)"));
            }
        }

        @Test
        void aHexSignatureIsRefusedByAFinpayThatExpectsBase64AndTheLogNamesTheSwitch() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));
            SnapEmoneyAdapter hex = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).signatureEncoding(SignatureEncoding.HEX).build());

            assertThat(hex.topUp(instruction())).isInstanceOf(TopUpOutcome.Failed.class);
            assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.ERROR)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .contains("401", "dompet.finpay.snap.signature-encoding=hex (try base64)");
        }
    }

    @Nested
    class StatusValues {

        @ParameterizedTest(name = "latestTransactionStatus {0}")
        @CsvSource({
                "00, Succeeded",
                "01, InProgress", "02, InProgress", "03, InProgress",
                "04, Failed", "05, Failed", "06, Failed",
                "07, NotFound",
                "08, Unknown", "'', Unknown"})
        void eachLatestTransactionStatusMapsToItsOutcome(String value, String outcome) {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status(value, "desc " + value)));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT)).getClass().getSimpleName()).isEqualTo(outcome);
        }

        @Test
        void aFailedStatusKeepsTheStatusAndFinpaysDescription() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("06", "Failed")));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isEqualTo(new StatusOutcome.Failed(new FinpayFailure("STATUS_06", "Failed")));
        }

        @Test
        void notFoundAndInProgressKeepFinpaysDescription() {
            stub.script(StubFinpay.STATUS_PATH, Reply.json(200, status("07", "Not Found")), Reply.json(200, status("01", "Initiated")));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isEqualTo(new StatusOutcome.NotFound("Not Found"));
            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isEqualTo(new StatusOutcome.InProgress("01 Initiated"));
        }

        @ParameterizedTest(name = "serviceCode {0}, amount {1} {2}, latestTransactionStatus {3} → {4}")
        @CsvSource({
                "38, ABSENT, ABSENT, 00, Succeeded",
                "38, 50000.00, IDR, 00, Succeeded",
                "38, 50000, IDR, 00, Succeeded",
                "38, 50000.01, IDR, 00, Unknown",
                "38, 5000.00, IDR, 00, Unknown",
                "38, 50000.00, USD, 00, Unknown",
                "38, 50000.00, ABSENT, 00, Unknown",
                "38, 'fifty', IDR, 00, Unknown",
                "ABSENT, ABSENT, ABSENT, 00, Unknown",
                "37, ABSENT, ABSENT, 00, Unknown",
                "39, ABSENT, ABSENT, 00, Unknown",
                "'', ABSENT, ABSENT, 00, Unknown",
                "38, ABSENT, ABSENT, 07, NotFound",
                "37, ABSENT, ABSENT, 07, Unknown",
                "ABSENT, ABSENT, ABSENT, 07, Unknown",
                "38, 50000.00, IDR, 06, Failed",
                "38, 10000.00, IDR, 06, Unknown",
                "38, 50000.00, IDR, 01, InProgress",
                "38, 10000.00, IDR, 01, Unknown"})
        void aStatusAnswerCountsOnlyWhenItIsAboutThisTopUp(String serviceCode, String amountValue,
                                                                      String currency, String latestTransactionStatus,
                                                                      String outcome) {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200,
                    status(latestTransactionStatus, "desc", serviceCode, amountValue, currency)));

            StatusOutcome answer = adapter.status(new StatusInquiry(REF, null, Money.idr(50_000)));

            assertThat(answer.getClass().getSimpleName()).isEqualTo(outcome);
        }

        @Test
        void aStatusAnswerForAnotherAmountIsLoggedAsAWarningNamingBothAmounts() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success", "38", "10000.00", "IDR")));

            StatusOutcome answer = adapter.status(new StatusInquiry(REF, null, Money.idr(50_000)));

            assertThat(answer).isEqualTo(new StatusOutcome.Unknown(
                    "status answer not about this top-up: amount 10000.00 IDR, expected 50000.00 IDR"));
            assertThat(logs.events()).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                assertThat(event.getFormattedMessage()).contains("P20240417000001", "not about this top-up",
                        "amount 10000.00 IDR, expected 50000.00 IDR");
            });
        }

        @Test
        void aStatusAnswerWithoutAServiceCodeIsLoggedAsAWarning() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success", "ABSENT", "ABSENT", "ABSENT")));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isEqualTo(
                    new StatusOutcome.Unknown("status answer not about this top-up: no serviceCode, expected 38"));
            assertThat(logs.events()).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                assertThat(event.getFormattedMessage()).contains("no serviceCode, expected 38");
            });
        }

        @Test
        void aStatusAnswerAboutAnotherTopUpIsUnknown() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success").replace("P20240417000001", "P999")));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isInstanceOf(StatusOutcome.Unknown.class);
        }

        @Test
        void aRefusedStatusInquiryIsUnknownNeverAFailedTopUp() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(404, error("4043901", "Transaction Not Found")));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT)))
                    .isEqualTo(new StatusOutcome.Unknown("status inquiry answered 4043901 Transaction Not Found"));
        }

        @Test
        void anInProgressAnswerToTheStatusInquiryIsUnknown() {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(202, error("2023900", "In Progress")));

            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isInstanceOf(StatusOutcome.Unknown.class);
        }
    }

    @Nested
    class AnswersWithoutAUsableOutcome {

        @Test
        void anHtml502PageIsUnknown() {
            stub.always(StubFinpay.TOP_UP_PATH, new Reply(502, "text/html", "<html><body>Bad Gateway</body></html>", 0));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("HTTP 502 with a body that is not JSON (text/html)"));
        }

        @Test
        void anHtmlPageAnsweringTheInquiryIsUnknown() {
            stub.always(StubFinpay.INQUIRY_PATH, new Reply(200, "text/html", "<!doctype html><p>maintenance", 0));

            assertThat(adapter.inquire(inquiry())).isInstanceOf(InquiryOutcome.Unknown.class);
        }

        @Test
        void anEmptyBodyIsUnknown() {
            stub.always(StubFinpay.TOP_UP_PATH, new Reply(200, "application/json", "", 0));

            assertThat(adapter.topUp(instruction())).isEqualTo(new TopUpOutcome.Unknown("HTTP 200 with an empty body"));
        }

        @Test
        void jsonWithoutAResponseCodeIsUnknown() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, "{\"referenceNo\":\"1\"}"));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("HTTP 200 with JSON without a responseCode"));
        }

        @Test
        void anHttpStatusThatDisagreesWithTheResponseCodeIsUnknown() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK.replace("2003800", "5003800")));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("HTTP 200 disagrees with responseCode 5003800"));
        }

        @Test
        void aSuccessCodeWithAnErrorStatusIsUnknownToo() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(500, TOP_UP_OK));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("HTTP 500 disagrees with responseCode 2003800"));
        }

        @Test
        void aServerErrorIsUnknown() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(500, error("5003801", "Internal Server Error")));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("Finpay answered 5003801 Internal Server Error"));
        }

        @Test
        void aGatewayTimeoutAnswerIsUnknown() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(504, error("5043700", "Timeout")));

            assertThat(adapter.inquire(inquiry())).isEqualTo(new InquiryOutcome.Unknown("Finpay answered 5043700 Timeout"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\"referenceNo\":\" \","})
        void aSuccessWithoutAReferenceIsASuccessWithoutOneForTheStatusInquiryToName(String referenceNo) {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200,
                    TOP_UP_OK.replace("\"referenceNo\":\"2211150005490937\",", referenceNo)));

            assertThat(adapter.topUp(instruction())).isEqualTo(new TopUpOutcome.Succeeded(null));
            assertThat(stub.received(StubFinpay.STATUS_PATH)).isEmpty();
        }

        @Test
        void anInquirySuccessWithoutAFeeOrWithAGarbledLimitIsUnknown() {
            stub.script(StubFinpay.INQUIRY_PATH,
                    Reply.json(200, INQUIRY_OK.replace(",\"feeAmount\":{\"value\":\"1500.00\",\"currency\":\"IDR\"}", "")),
                    Reply.json(200, INQUIRY_OK.replace("\"2000000.00\"", "\"2,000,000\"")),
                    Reply.json(200, INQUIRY_OK.replace("\"customerName\":\"sa**m\"", "\"customerName\":{\"x\":1}")));

            assertThat(adapter.inquire(inquiry())).isInstanceOf(InquiryOutcome.Unknown.class);
            assertThat(adapter.inquire(inquiry())).isInstanceOf(InquiryOutcome.Unknown.class);
            assertThat(adapter.inquire(inquiry())).isInstanceOf(InquiryOutcome.Unknown.class);
        }

        @Test
        void noAnswerWithinTheReadTimeoutIsUnknown() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK).delayed(1_500));
            SnapEmoneyAdapter impatient = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).timeouts(Duration.ofSeconds(2), Duration.ofMillis(300)).build());

            long started = System.nanoTime();
            TopUpOutcome outcome = impatient.topUp(instruction());

            assertThat(outcome).isEqualTo(new TopUpOutcome.Unknown("read timeout: no answer within 300 ms"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_400));
        }

        @Test
        void aTopUpAnswerThatStallsMidBodyIsUnknownWithinTheReadTimeoutWhileOtherCallsComplete()
                throws Exception {
            Duration readTimeout = Duration.ofMillis(1_500);
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK).stallingMidBody());
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));
            SnapEmoneyAdapter bounded = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).timeouts(Duration.ofSeconds(2), readTimeout).build());
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                long started = System.nanoTime();
                Future<TopUpOutcome> topUp = pool.submit(() -> bounded.topUp(instruction()));
                while (stub.received(StubFinpay.TOP_UP_PATH).isEmpty() && !topUp.isDone()) {
                    Thread.sleep(5);
                }

                InquiryOutcome meanwhile = bounded.inquire(inquiry());
                boolean topUpStillStalled = !topUp.isDone();
                TopUpOutcome outcome = topUp.get(readTimeout.toMillis() * 5, TimeUnit.MILLISECONDS);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(meanwhile).isInstanceOf(InquiryOutcome.Inquired.class);
                assertThat(topUpStillStalled).as("the inquiry completed while the top-up stalled").isTrue();
                assertThat(outcome).isEqualTo(new TopUpOutcome.Unknown(
                        "read timeout: the body did not arrive in full within 1500 ms"));
                assertThat(took).isLessThan(readTimeout.multipliedBy(5));
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aStatusAnswerThatStallsMidBodyIsUnknown() throws Exception {
            stub.always(StubFinpay.STATUS_PATH, Reply.json(200, status("00", "Success")).stallingMidBody());
            SnapEmoneyAdapter bounded = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)).build());
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<StatusOutcome> status = pool.submit(() -> bounded.status(new StatusInquiry(REF, null, STATUS_AMOUNT)));

                assertThat(status.get(2_500, TimeUnit.MILLISECONDS)).isEqualTo(new StatusOutcome.Unknown(
                        "read timeout: the body did not arrive in full within 500 ms"));
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aRefusedConnectionLeavesInquiryAndStatusUnknownAndFailsTheTopUpThatWasNeverSent()
                throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            SnapEmoneyAdapter unreachable = new SnapEmoneyAdapter(settings(URI.create("http://127.0.0.1:" + closedPort)).build());

            assertThat(unreachable.inquire(inquiry())).isInstanceOfSatisfying(InquiryOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).contains("connection failed"));
            assertThat(unreachable.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isInstanceOf(StatusOutcome.Unknown.class);
            assertThat(unreachable.topUp(instruction())).isInstanceOfSatisfying(TopUpOutcome.Failed.class,
                    failed -> assertThat(failed.failure().code()).isEqualTo(FinpayFailure.TOKEN_UNAVAILABLE));
        }

        @Test
        void aRefusedTokenRequestFailsTheTopUpWithoutSendingIt() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));
            SnapEmoneyAdapter wrongKey = new SnapEmoneyAdapter(SnapSettingsBuilder.of(stub.baseUrl(), CLIENT_ID, SECRET,
                    KeyMaterial.privateKey(resource("/keys/other-rsa2048-pkcs8.pem")), "DMPT", "dompet.example")
                    .clock(clock).build());

            TopUpOutcome outcome = wrongKey.topUp(instruction());

            assertThat(outcome).isEqualTo(new TopUpOutcome.Failed(new FinpayFailure(FinpayFailure.TOKEN_UNAVAILABLE,
                    "no access token: Finpay answered 4017300 Unauthorized. Signature; Finpay processed no top-up")));
            assertThat(stub.received(StubFinpay.TOP_UP_PATH)).isEmpty();
        }
    }

    @Nested
    class RefusalsAndResends {

        @Test
        void anInvalidTokenIsRefreshedOnceAndTheSameBodyResentWithANewExternalId() {
            stub.script(StubFinpay.TOP_UP_PATH, Reply.json(401, error("4013801", "Invalid Token (B2B)")));
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));

            TopUpOutcome outcome = adapter.topUp(instruction());

            assertThat(outcome).isEqualTo(new TopUpOutcome.Succeeded("2211150005490937"));
            assertThat(stub.tokenRequests()).isEqualTo(2);
            List<Received> sent = stub.received(StubFinpay.TOP_UP_PATH);
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1).bearer()).isEqualTo(StubFinpay.token(2));
            assertThat(sent.get(1).header("X-EXTERNAL-ID")).isNotEqualTo(sent.get(0).header("X-EXTERNAL-ID"));
            assertThat(sent.get(1).body()).isEqualTo(sent.get(0).body());
            assertThat(sent.get(1).signatureValid()).isTrue();
        }

        @Test
        void aMissingTokenAnswerIsAlsoRefreshedOnceAndASecondRefusalIsFinal() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(401, error("4013703", "Token Not Found (B2B)")));

            assertThat(adapter.inquire(inquiry())).isEqualTo(new InquiryOutcome.Refused(new FinpayFailure("4013703", "Token Not Found (B2B)")));
            assertThat(stub.received(StubFinpay.INQUIRY_PATH)).hasSize(2);
            assertThat(stub.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aDuplicateExternalIdIsResentOnceWithANewOne() {
            stub.script(StubFinpay.TOP_UP_PATH, Reply.json(409, error("4093800", "Conflict")));
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));

            assertThat(adapter.topUp(instruction())).isEqualTo(new TopUpOutcome.Succeeded("2211150005490937"));
            List<Received> sent = stub.received(StubFinpay.TOP_UP_PATH);
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1).header("X-EXTERNAL-ID")).isNotEqualTo(sent.get(0).header("X-EXTERNAL-ID"));
            assertThat(sent.get(1).body()).isEqualTo(sent.get(0).body());
            assertThat(stub.tokenRequests()).isEqualTo(1);
        }

        @Test
        void aDuplicatePartnerReferenceIsUnknownAndNeverResent() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(409, error("4093801", "Duplicate partnerReferenceNo")));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("duplicate partnerReferenceNo: already processed (4093801)"));
            assertThat(stub.received(StubFinpay.TOP_UP_PATH)).hasSize(1);
        }

        @Test
        void aDuplicatePartnerReferenceWithASharedInquiryReferenceStaysUnknownAndTheLogNamesTheSwitch() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(409, error("4093801", "Duplicate partnerReferenceNo")));
            SnapEmoneyAdapter shared = new SnapEmoneyAdapter(
                    settings(stub.baseUrl()).inquiryReference(InquiryReference.SHARED).build());

            assertThat(shared.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Unknown("duplicate partnerReferenceNo: already processed (4093801)"));
            assertThat(stub.received(StubFinpay.TOP_UP_PATH)).hasSize(1);
            assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.ERROR)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .contains("4093801", "dompet.finpay.snap.inquiry-reference=shared (try own)");
        }

        @Test
        void aDuplicatePartnerReferenceWithItsOwnInquiryReferenceDoesNotNameTheSwitch() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(409, error("4093801", "Duplicate partnerReferenceNo")));

            adapter.topUp(instruction());

            assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(line -> line.contains("inquiry-reference"));
        }

        @Test
        void anInvalidAccountFailsTheTopUpWithFinpaysCodeAndMessage() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(404, error("4043811", "Invalid Account")));

            assertThat(adapter.topUp(instruction())).isEqualTo(new TopUpOutcome.Failed(new FinpayFailure("4043811", "Invalid Account")));
        }

        @Test
        void limitsAndInsufficientFundsFailTheTopUp() {
            stub.script(StubFinpay.TOP_UP_PATH, Reply.json(403, error("4033802", "Exceeds Transaction Amount Limit")),
                    Reply.json(403, error("4033814", "Insufficient Funds")));

            assertThat(adapter.topUp(instruction())).isEqualTo(new TopUpOutcome.Failed(new FinpayFailure("4033802", "Exceeds Transaction Amount Limit")));
            assertThat(adapter.topUp(instruction())).isEqualTo(new TopUpOutcome.Failed(new FinpayFailure("4033814", "Insufficient Funds")));
        }

        @Test
        void tooManyRequestsLeavesTopUpInquiryAndStatusUnknownAndIsNeverResent() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(429, error("4293800", "Too Many Requests")));
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(429, error("4293700", "Too Many Requests")));
            stub.always(StubFinpay.STATUS_PATH, Reply.json(429, error("4293900", "Too Many Requests")));

            assertThat(adapter.topUp(instruction())).isInstanceOfSatisfying(TopUpOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).contains("4293800", "status inquiry"));
            assertThat(adapter.inquire(inquiry())).isEqualTo(
                    new InquiryOutcome.Unknown("Finpay answered 4293700 Too Many Requests"));
            assertThat(adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT))).isInstanceOf(StatusOutcome.Unknown.class);
            assertThat(stub.received(StubFinpay.TOP_UP_PATH)).hasSize(1);
        }

        @ParameterizedTest(name = "HTTP {0} {1} → {2}")
        @CsvSource({
                "202, 2023800, Pending",
                "400, 4003800, Failed", "400, 4003801, Failed", "400, 4003802, Failed",
                "401, 4013800, Failed",
                "401, 4013801, Failed", "401, 4013803, Failed",
                "403, 4033802, Failed", "403, 4033814, Failed",
                "404, 4043811, Failed",
                "409, 4093800, Unknown", "409, 4093801, Unknown",
                "429, 4293800, Unknown", "429, 4293801, Unknown",
                "400, 4003803, Unknown", "401, 4013802, Unknown", "403, 4033801, Unknown", "403, 4033815, Unknown",
                "404, 4043801, Unknown", "404, 4043812, Unknown", "405, 4053800, Unknown", "408, 4083800, Unknown",
                "422, 4223800, Unknown",
                "500, 5003800, Unknown", "500, 5003801, Unknown", "500, 5003802, Unknown", "503, 5033800, Unknown",
                "504, 5043800, Unknown"})
        void eachClassOfAnswerToTheTopUpMapsToItsOutcome(int httpStatus, String responseCode, String outcome) {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(httpStatus, error(responseCode, "answer " + responseCode)));

            TopUpOutcome answer = adapter.topUp(instruction());

            assertThat(answer.getClass().getSimpleName()).isEqualTo(outcome);
            if (answer instanceof TopUpOutcome.Failed failed) {
                assertThat(failed).isEqualTo(new TopUpOutcome.Failed(new FinpayFailure(responseCode, "answer " + responseCode)));
            }
        }

        @ParameterizedTest(name = "HTTP {0} {1} → {2}")
        @CsvSource({
                "400, 4003701, Refused", "401, 4013700, Refused", "403, 4033702, Refused", "404, 4043711, Refused",
                "404, 4043701, Refused", "409, 4093701, Refused",
                "429, 4293700, Unknown", "429, 4293701, Unknown", "500, 5003701, Unknown", "504, 5043700, Unknown"})
        void eachClassOfAnswerToTheAccountInquiryMapsToItsOutcome(int httpStatus, String responseCode,
                                                                              String outcome) {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(httpStatus, error(responseCode, "answer " + responseCode)));

            assertThat(adapter.inquire(inquiry()).getClass().getSimpleName()).isEqualTo(outcome);
        }

        @Test
        void aBadRequestFailsTheTopUpAndIsLoggedAsAnError() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(400, error("4003802", "Invalid Mandatory Field customerName")));

            assertThat(adapter.topUp(instruction()))
                    .isEqualTo(new TopUpOutcome.Failed(new FinpayFailure("4003802", "Invalid Mandatory Field customerName")));
            assertThat(logs.events()).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
                assertThat(event.getFormattedMessage()).contains("bug in dompet", "4003802");
            });
        }

        @Test
        void anAcceptedTopUpStillInProgressIsPending() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(202, error("2023800", "Request In Progress")));

            assertThat(adapter.topUp(instruction())).isInstanceOf(TopUpOutcome.Pending.class);
        }
    }

    @Nested
    class AccessTokens {

        @Test
        void twentyConcurrentCallsWithNoTokenShareOneTokenRequest() throws Exception {
            stub.tokensTake(300).always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<InquiryOutcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return adapter.inquire(inquiry());
                    }));
                }
                start.countDown();
                for (Future<InquiryOutcome> outcome : outcomes) {
                    assertThat(outcome.get()).isInstanceOf(InquiryOutcome.Inquired.class);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(stub.tokenRequests()).isEqualTo(1);
            assertThat(stub.received(StubFinpay.INQUIRY_PATH)).hasSize(20)
                    .allSatisfy(request -> assertThat(request.bearer()).isEqualTo(StubFinpay.token(1)));
        }

        @Test
        void theTokenIsReusedUntilShortlyBeforeItExpiresAndThenRefreshed() {
            stub.tokensExpireIn("2").always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            adapter.inquire(inquiry());
            clock.advance(Duration.ofMillis(1_700));
            adapter.inquire(inquiry());

            assertThat(stub.tokenRequests()).isEqualTo(1);

            clock.advance(Duration.ofMillis(200)); // 1.9 s: inside the margin of 10 % of 2 s
            adapter.inquire(inquiry());

            assertThat(stub.tokenRequests()).isEqualTo(2);
            assertThat(stub.received(StubFinpay.INQUIRY_PATH)).extracting(Received::bearer)
                    .containsExactly(StubFinpay.token(1), StubFinpay.token(1), StubFinpay.token(2));
        }

        @Test
        void aLongLivedTokenIsRefreshedAMinuteBeforeItExpires() {
            stub.always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            adapter.inquire(inquiry());
            clock.advance(Duration.ofSeconds(839));
            adapter.inquire(inquiry());
            assertThat(stub.tokenRequests()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(2));
            adapter.inquire(inquiry());
            assertThat(stub.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aTokenAnswerWithoutExpiresInIsUsedForNineHundredSecondsWithOneWarning() {
            stub.tokensExpireIn(null).always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            assertThat(adapter.inquire(inquiry())).isInstanceOf(InquiryOutcome.Inquired.class);
            clock.advance(Duration.ofSeconds(839)); // 900 s less the margin of min(60 s, 90 s)
            assertThat(adapter.inquire(inquiry())).isInstanceOf(InquiryOutcome.Inquired.class);
            assertThat(stub.tokenRequests()).isEqualTo(1);
            assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .contains("no expiresIn", "900 s");

            clock.advance(Duration.ofSeconds(2));
            adapter.inquire(inquiry());
            assertThat(stub.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aTokenAnswerWithoutAUsableLifetimeGivesNoToken() {
            stub.tokensExpireIn("soon").always(StubFinpay.INQUIRY_PATH, Reply.json(200, INQUIRY_OK));

            assertThat(adapter.inquire(inquiry())).isEqualTo(
                    new InquiryOutcome.Unknown("no access token: expiresIn is not a number of seconds"));
            assertThat(stub.received(StubFinpay.INQUIRY_PATH)).isEmpty();
        }
    }

    @Nested
    class Logging {

        @Test
        void eachCallLogsEndpointStatusCodeDurationMaskedCustomerAndExternalId() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(200, TOP_UP_OK));

            adapter.topUp(instruction());

            String externalId = stub.received(StubFinpay.TOP_UP_PATH).get(0).header("X-EXTERNAL-ID");
            assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                    .contains("topup", "0819******02", "HTTP 200", "2003800", " ms", externalId));
        }

        @Test
        void finpaysMessageIsPassedOnWithPhoneNumbersMaskedAndTheSecretRedacted() {
            stub.always(StubFinpay.TOP_UP_PATH, Reply.json(404, error("4043811",
                    "Invalid Account " + PHONE.international() + " / " + SECRET)));

            assertThat(adapter.topUp(instruction())).isEqualTo(
                    new TopUpOutcome.Failed(new FinpayFailure("4043811", "Invalid Account 0819******02 / (redacted)")));
        }

        @Test
        void noLogLineShowsTheSecretATokenASignatureOrTheFullNumber() {
            stub.script(StubFinpay.TOP_UP_PATH, Reply.json(401, error("4013801", "Invalid Token (B2B)")),
                    Reply.json(400, error("4003801", "Invalid Field Format customerNumber " + PHONE.local()
                            + " key " + SECRET)));
            stub.always(StubFinpay.INQUIRY_PATH, new Reply(502, "text/html", "<html>bad</html>", 0));

            adapter.topUp(instruction());
            adapter.inquire(inquiry());
            adapter.status(new StatusInquiry(REF, null, STATUS_AMOUNT));

            List<String> secrets = new ArrayList<>(List.of(SECRET, StubFinpay.token(1), StubFinpay.token(2),
                    PHONE.local(), PHONE.international()));
            stub.received(StubFinpay.TOP_UP_PATH).forEach(r -> secrets.add(r.header("X-SIGNATURE")));
            stub.received(StubFinpay.TOKEN_PATH).forEach(r -> secrets.add(r.header("X-SIGNATURE")));
            assertThat(secrets).hasSizeGreaterThanOrEqualTo(8);
            assertThat(logs.events()).hasSizeGreaterThanOrEqualTo(4);
            for (ILoggingEvent event : logs.events()) {
                String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : event.getThrowableProxy().getMessage());
                for (String secret : secrets) {
                    assertThat(line).doesNotContain(secret);
                }
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = SnapEmoneyAdapterTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

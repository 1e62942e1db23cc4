package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.snap.SnapTestClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Account inquiry, top-up with every test customer, status inquiry and the sandbox's list of processed top-ups. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TopUpTest {

    private static final Duration SLOW_ANSWER = Duration.ofMillis(1500);
    private static final Duration SLOW_SUCCESS = Duration.ofMillis(400);
    private static final String CUSTOMER = "081977817902";

    private FinpaySandbox sandbox;
    private SnapTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults()
                .withSlowAnswerDelay(SLOW_ANSWER)
                .withSlowSuccessDelay(SLOW_SUCCESS));
        client = new SnapTestClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    // ---- account inquiry ----

    @Test
    void theInquiryAnswersTheMaskedCustomerLimitsAndFee() {
        String reference = SnapTestClient.newReference();

        Answer answer = client.inquiry(reference, CUSTOMER, "50000.00");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("2003700");
        JsonNode body = answer.json();
        assertThat(body.get("referenceNo").asString()).matches("\\d{1,64}");
        assertThat(body.get("partnerReferenceNo").asString()).isEqualTo(reference);
        assertThat(body.get("customerNumber").asString()).isEqualTo("XXXXXXXX7902");
        assertThat(body.get("customerName").asString()).contains(" ").endsWith("**");
        assertThat(amount(body.get("minAmount"))).isEqualTo("10000.00 IDR");
        assertThat(amount(body.get("maxAmount"))).isEqualTo("2000000.00 IDR");
        assertThat(amount(body.get("amount"))).isEqualTo("50000.00 IDR");
        assertThat(amount(body.get("feeAmount"))).isEqualTo("1000.00 IDR");
        assertThat(body.get("feeType").asString()).isEqualTo("OUR");
    }

    @Test
    void theMaskedNameIsTheSameForOneNumberEveryTime() {
        String first = client.inquiry(SnapTestClient.newReference(), CUSTOMER, "50000.00").text("customerName");
        String second = client.inquiry(SnapTestClient.newReference(), CUSTOMER, "70000.00").text("customerName");

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({
            "'{\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003702, Invalid Mandatory Field {partnerReferenceNo}",
            "'{\"partnerReferenceNo\":\"\",\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003702, Invalid Mandatory Field {partnerReferenceNo}",
            "'{\"partnerReferenceNo\":12,\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {partnerReferenceNo}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"628197781790\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {customerNumber}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"0812345\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {customerNumber}",
            "'{\"partnerReferenceNo\":\"R1\",\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003702, Invalid Mandatory Field {customerNumber}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003702, Invalid Mandatory Field {amount}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":\"10000.00\",\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {amount}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":{\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003702, Invalid Mandatory Field {amount.value}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {amount.value}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":{\"value\":10000.00,\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {amount.value}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"USD\"},\"transactionDate\":\"2024-04-17T12:03:38+07:00\"}', 4003701, Invalid Field Format {amount.currency}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}', 4003702, Invalid Mandatory Field {transactionDate}",
            "'{\"partnerReferenceNo\":\"R1\",\"customerNumber\":\"081977817902\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"transactionDate\":\"2024-04-17T12:03:38\"}', 4003701, Invalid Field Format {transactionDate}",
    })
    void aBadInquiryFieldIsRefusedByName(String body, String code, String message) {
        Answer answer = client.call(SnapTestClient.INQUIRY_PATH, body).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.message()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"9999.99", "2000000.01", "0.00"})
    void anInquiryOutsideTheLimitsAnswersTheLimitsAndLeavesTheRefusalToTheTopUp(String amount) {
        Answer answer = client.inquiry(SnapTestClient.newReference(), CUSTOMER, amount);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("2003700");
        assertThat(answer.json().path("minAmount").path("value").asString()).isEqualTo("10000.00");
        assertThat(answer.json().path("maxAmount").path("value").asString()).isEqualTo("2000000.00");
    }

    // ---- top-up: the test customers ----

    @Test
    void anyOtherNumberIsToppedUp() {
        String reference = SnapTestClient.newReference();

        Answer answer = client.topUp(reference, CUSTOMER, "50000.00");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("2003800");
        JsonNode body = answer.json();
        assertThat(body.get("referenceNo").asString()).matches("\\d{1,64}");
        assertThat(body.get("partnerReferenceNo").asString()).isEqualTo(reference);
        assertThat(body.get("customerNumber").asString()).isEqualTo("XXXXXXXX7902");
        assertThat(body.get("customerName").asString()).contains(" ");
        assertThat(amount(body.get("amount"))).isEqualTo("50000.00 IDR");
        assertStatus(reference, "00");
    }

    @ParameterizedTest
    @CsvSource({
            "081200000001, 404, 4043811, Invalid Customer, 06",
            "081200000003, 500, 5003800, General Error, 00",
            "081200000004, 202, 2023800, Request In Progress, 00",
            "081200000005, 403, 4033814, Insufficient Funds, 06",
    })
    void aTestCustomerAnswersItsCodeAndTheStatusTellsWhetherItWasProcessed(
            String number, int status, String code, String message, String latestStatus) {
        String reference = SnapTestClient.newReference();

        Answer answer = client.topUp(reference, number, "50000.00");

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.message()).isEqualTo(message);
        assertStatus(reference, latestStatus);
        assertThat(listedReferences().contains(reference)).isEqualTo("00".equals(latestStatus));
    }

    @Test
    void aNumberEnding0002IsProcessedButAnsweredAfterTheClientGaveUp() {
        String reference = SnapTestClient.newReference();
        SnapTestClient.Call call = client.topUpCall(reference, "081200000002", "50000.00").timeout(Duration.ofMillis(500));

        assertThatThrownBy(call::send).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class);

        assertStatus(reference, "00");
        assertThat(listedReferences()).containsExactly(reference);
    }

    @Test
    void aNumberEnding0002AnswersSuccessOnceTheDelayIsOver() {
        long started = System.nanoTime();

        Answer answer = client.topUp(SnapTestClient.newReference(), "081200000002", "50000.00");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOW_ANSWER);
        assertThat(answer.code()).isEqualTo("2003800");
    }

    @Test
    void aNumberEnding0006SucceedsSlowly() {
        String reference = SnapTestClient.newReference();
        SnapTestClient.Call call = client.topUpCall(reference, "081200000006", "50000.00");
        long started = System.nanoTime();

        Answer answer = call.send();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOW_SUCCESS);
        assertThat(answer.code()).isEqualTo("2003800");
        assertStatus(reference, "00");
    }

    @Test
    void aNumberEnding0007AnswersAnHtml502PageAndIsNotProcessed() {
        String reference = SnapTestClient.newReference();

        Answer answer = client.topUp(reference, "081200000007", "50000.00");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).isEqualTo("<html><body><h1>502 Bad Gateway</h1></body></html>");
        assertStatus(reference, "06");
        assertThat(listedReferences()).isEmpty();
    }

    // ---- top-up: limits, fields, duplicates ----

    @ParameterizedTest
    @CsvSource({"10000.00, 2003800", "2000000.00, 2003800", "9999.99, 4033802", "2000000.01, 4033802"})
    void theAmountLimitsIncludeTheirBounds(String amount, String code) {
        assertThat(client.topUp(SnapTestClient.newReference(), CUSTOMER, amount).code()).isEqualTo(code);
    }

    @Test
    void aTopUpOutsideTheLimitsIsRecordedAsFailed() {
        String reference = SnapTestClient.newReference();

        Answer answer = client.topUp(reference, CUSTOMER, "5000.00");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).isEqualTo("Exceeds Transaction Amount Limit");
        assertStatus(reference, "06");
        assertThat(listedReferences()).isEmpty();
    }

    @Test
    void aCustomerNameOtherThanTheInquiryOneIsAnInvalidFieldFormat() {
        String body = SnapTestClient.topUpBody(SnapTestClient.newReference(), CUSTOMER, "Sa**", "50000.00", "1000.00");

        Answer answer = client.call(SnapTestClient.TOP_UP_PATH, body).send();

        assertThat(answer.code()).isEqualTo("4003801");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {customerName}");
    }

    @Test
    void aFeeOtherThanTheInquiryOneIsAnInvalidFieldFormat() {
        String name = client.inquiry(SnapTestClient.newReference(), CUSTOMER, "50000.00").text("customerName");
        String body = SnapTestClient.topUpBody(SnapTestClient.newReference(), CUSTOMER, name, "50000.00", "0.00");

        Answer answer = client.call(SnapTestClient.TOP_UP_PATH, body).send();

        assertThat(answer.code()).isEqualTo("4003801");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {feeAmount.value}");
    }

    @Test
    void aMissingCustomerNameIsAnInvalidMandatoryField() {
        String body = SnapTestClient.topUpBody(SnapTestClient.newReference(), CUSTOMER, "", "50000.00", "1000.00");

        Answer answer = client.call(SnapTestClient.TOP_UP_PATH, body).send();

        assertThat(answer.code()).isEqualTo("4003802");
        assertThat(answer.message()).isEqualTo("Invalid Mandatory Field {customerName}");
    }

    @Test
    void aRefusedFieldDoesNotRecordTheTopUp() {
        String reference = SnapTestClient.newReference();
        String body = SnapTestClient.topUpBody(reference, CUSTOMER, "Sa**", "50000.00", "1000.00");
        client.call(SnapTestClient.TOP_UP_PATH, body).send();

        assertStatus(reference, "07");
        assertThat(client.topUp(reference, CUSTOMER, "50000.00").code()).isEqualTo("2003800");
    }

    @Test
    void aSecondTopUpWithTheSamePartnerReferenceIsADuplicateAndProcessedOnce() {
        String reference = SnapTestClient.newReference();
        client.topUp(reference, CUSTOMER, "50000.00");

        Answer again = client.topUp(reference, CUSTOMER, "50000.00");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("4093801");
        assertThat(again.message()).isEqualTo("Duplicate partnerReferenceNo");
        assertThat(listedReferences()).containsExactly(reference);
    }

    @Test
    void aPartnerReferenceRefusedOnceIsADuplicateToo() {
        String reference = SnapTestClient.newReference();
        client.topUp(reference, "081200000005", "50000.00");

        assertThat(client.topUp(reference, CUSTOMER, "50000.00").code()).isEqualTo("4093801");
        assertStatus(reference, "06");
    }

    // ---- status ----

    @Test
    void theStatusOfAnUnknownTopUpIsNotFound() {
        Answer answer = client.status("NEVER-SENT");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("2003900");
        assertThat(answer.text("latestTransactionStatus")).isEqualTo("07");
        assertThat(answer.text("transactionStatusDesc")).isEqualTo("Not Found");
        assertThat(answer.text("originalPartnerReferenceNo")).isEqualTo("NEVER-SENT");
        assertThat(answer.json().get("amount")).isNull();
    }

    @Test
    void theStatusOfAProcessedTopUpEchoesItsReferencesServiceCodeAndAmount() {
        String reference = SnapTestClient.newReference();
        String referenceNo = client.topUp(reference, CUSTOMER, "75000.00").text("referenceNo");

        Answer byPartnerReference = client.status(reference);
        Answer byBoth = client.status(reference, referenceNo);
        Answer byWrongReferenceNo = client.status(reference, "999");

        for (Answer answer : List.of(byPartnerReference, byBoth)) {
            assertThat(answer.text("latestTransactionStatus")).isEqualTo("00");
            assertThat(answer.text("transactionStatusDesc")).isEqualTo("Success");
            assertThat(answer.text("originalReferenceNo")).isEqualTo(referenceNo);
            assertThat(answer.text("serviceCode")).isEqualTo("38");
            assertThat(amount(answer.json().get("amount"))).isEqualTo("75000.00 IDR");
        }
        assertThat(byWrongReferenceNo.text("latestTransactionStatus")).isEqualTo("07");
    }

    @Test
    void aStatusForAnotherServiceCodeIsAnInvalidFieldFormat() {
        String body = "{\"originalPartnerReferenceNo\":\"R1\",\"serviceCode\":\"37\"}";

        Answer answer = client.call(SnapTestClient.STATUS_PATH, body).send();

        assertThat(answer.code()).isEqualTo("4003901");
        assertThat(answer.message()).isEqualTo("Invalid Field Format {serviceCode}");
    }

    @Test
    void aStatusWithoutThePartnerReferenceIsAnInvalidMandatoryField() {
        Answer answer = client.call(SnapTestClient.STATUS_PATH, "{\"serviceCode\":\"38\"}").send();

        assertThat(answer.code()).isEqualTo("4003902");
        assertThat(answer.message()).isEqualTo("Invalid Mandatory Field {originalPartnerReferenceNo}");
    }

    // ---- the sandbox's list ----

    @Test
    void theSandboxListsExactlyTheProcessedTopUpsWithFullNumbers() {
        String ok = SnapTestClient.newReference();
        String inProgress = SnapTestClient.newReference();
        client.topUp(ok, CUSTOMER, "50000.00");
        client.topUp(SnapTestClient.newReference(), "081200000005", "50000.00");
        client.topUp(inProgress, "081200000004", "60000.00");
        client.topUp(SnapTestClient.newReference(), "081200000001", "50000.00");

        Answer answer = client.get("/sandbox/top-ups");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode list = answer.json();
        assertThat(listedReferences()).containsExactly(ok, inProgress);
        JsonNode first = list.get(0);
        assertThat(first.get("customerNumber").asString()).isEqualTo(CUSTOMER);
        assertThat(first.get("referenceNo").asString()).matches("\\d+");
        assertThat(amount(first.get("amount"))).isEqualTo("50000.00 IDR");
        assertThat(first.get("processedAt").asString()).endsWith("+07:00");
    }

    @Test
    void concurrentTopUpsWithDistinctReferencesAreEachProcessedOnce() throws Exception {
        int count = 24;
        List<String> references = new ArrayList<>();
        List<Callable<Answer>> topUps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String reference = SnapTestClient.newReference();
            references.add(reference);
            SnapTestClient.Call call = client.topUpCall(reference, String.format("0813%08d", 1000 + i), "50000.00");
            topUps.add(call::send);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Answer> answer : pool.invokeAll(topUps)) {
                assertThat(answer.get().code()).isEqualTo("2003800");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(listedReferences()).containsExactlyInAnyOrderElementsOf(references).doesNotHaveDuplicates();
    }

    @Test
    void concurrentTopUpsWithOneReferenceAreProcessedOnce() throws Exception {
        String reference = SnapTestClient.newReference();
        String name = client.inquiry(SnapTestClient.inquiryReferenceOf(reference), CUSTOMER, "50000.00")
                .text("customerName");
        List<Callable<Answer>> topUps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SnapTestClient.Call call = client.call(SnapTestClient.TOP_UP_PATH,
                    SnapTestClient.topUpBody(reference, CUSTOMER, name, "50000.00", "1000.00"));
            topUps.add(call::send);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> codes = new ArrayList<>();
        try {
            for (Future<Answer> answer : pool.invokeAll(topUps)) {
                codes.add(answer.get().code());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(codes).containsOnlyOnce("2003800").filteredOn("4093801"::equals).hasSize(7);
        assertThat(listedReferences()).containsExactly(reference);
    }

    private void assertStatus(String reference, String latestStatus) {
        Answer status = client.status(reference);
        assertThat(status.code()).isEqualTo("2003900");
        assertThat(status.text("latestTransactionStatus")).as("status of %s", reference).isEqualTo(latestStatus);
    }

    private List<String> listedReferences() {
        List<String> references = new ArrayList<>();
        client.get("/sandbox/top-ups").json().forEach(topUp -> references.add(topUp.get("partnerReferenceNo").asString()));
        return references;
    }

    private static String amount(JsonNode amount) {
        return amount.get("value").asString() + " " + amount.get("currency").asString();
    }
}

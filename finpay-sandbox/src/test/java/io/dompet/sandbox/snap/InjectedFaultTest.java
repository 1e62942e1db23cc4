package io.dompet.sandbox.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.ArrayList;
import java.util.List;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.snap.SnapTestClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fault controls for merchants' failure handling: a slow account inquiry ({@code …0008}), and top-ups that are
 * processed and then answered by a dropped connection ({@code …0009}), an HTML 502 page ({@code …0010}) or half an
 * answer that stalls and is cut off ({@code …0011}). Every processed one is listed and its status inquiry says
 * {@code 00} about exactly that top-up.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InjectedFaultTest {

    private static final Duration SLOW_INQUIRY = Duration.ofMillis(700);
    private static final Duration STALL = Duration.ofMillis(1500);
    private static final String CUSTOMER_ANY = "081977817902";

    private FinpaySandbox sandbox;
    private SnapTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults()
                .withSlowInquiryDelay(SLOW_INQUIRY)
                .withSlowAnswerDelay(STALL));
        client = new SnapTestClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aNumberEnding0008GetsItsInquiryAnswerOnlyAfterTheSlowInquiryDelayAndIsThenToppedUp() {
        String reference = SnapTestClient.newReference();
        long started = System.nanoTime();

        Answer inquiry = client.inquiry(SnapTestClient.inquiryReferenceOf(reference), "081200000008", "50000.00");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOW_INQUIRY);
        assertThat(inquiry.code()).isEqualTo("2003700");
        assertThat(client.topUp(reference, "081200000008", "50000.00").code()).isEqualTo("2003800");
        assertProcessed(reference, "50000.00");
    }

    @Test
    void otherNumbersGetTheirInquiryAnswerWithoutTheSlowInquiryDelay() {
        Duration slowInquiry = Duration.ofSeconds(30);
        try (FinpaySandbox slow = FinpaySandbox.start(SandboxSettings.defaults().withSlowInquiryDelay(slowInquiry))) {
            SnapTestClient slowClient = new SnapTestClient(slow);

            Answer inquiry = slowClient.call(SnapTestClient.INQUIRY_PATH,
                    SnapTestClient.inquiryBody(SnapTestClient.newReference(), "081200000018", "50000.00"))
                    .timeout(slowInquiry.dividedBy(2)).send();

            assertThat(inquiry.code()).isEqualTo("2003700");
        }
    }

    @Test
    void moreWorkerThreadsThanTheDefault16ServeARequestWhile17AnswersAreHeld() throws Exception {
        Duration hold = Duration.ofSeconds(30);
        int heldAnswers = SandboxSettings.DEFAULT_WORKER_THREADS + 1;
        try (FinpaySandbox held = FinpaySandbox.start(SandboxSettings.defaults().withSlowInquiryDelay(hold)
                .withWorkerThreads(heldAnswers + 1))) {
            SnapTestClient heldClient = new SnapTestClient(held);
            heldClient.fetchToken();
            ExecutorService callers = Executors.newFixedThreadPool(heldAnswers);
            try {
                for (int i = 0; i < heldAnswers; i++) {
                    SnapTestClient.Call slow = heldClient.call(SnapTestClient.INQUIRY_PATH, SnapTestClient.inquiryBody(
                            SnapTestClient.newReference(), "081200000008", "50000.00")).timeout(hold.multipliedBy(2));
                    callers.submit(slow::send);
                }
                Thread.sleep(500);

                // every worker but one holds a slow inquiry; the last one still answers (with 16 it would queue)
                Answer quick = heldClient.call(SnapTestClient.INQUIRY_PATH, SnapTestClient.inquiryBody(
                        SnapTestClient.newReference(), CUSTOMER_ANY, "50000.00")).timeout(hold.dividedBy(2)).send();

                assertThat(quick.code()).isEqualTo("2003700");
            } finally {
                callers.shutdownNow();
            }
        }
    }

    @Test
    void aNumberEnding0009IsProcessedAndThenTheConnectionClosesWithoutAnAnswer() {
        String reference = SnapTestClient.newReference();
        SnapTestClient.Call call = client.topUpCall(reference, "081200000009", "60000.00");

        assertThatThrownBy(call::send).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

        assertProcessed(reference, "60000.00");
    }

    @Test
    void aNumberEnding0010IsProcessedAndThenAnsweredWithAnHtml502Page() {
        String reference = SnapTestClient.newReference();

        Answer answer = client.topUp(reference, "081200000010", "70000.00");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).isEqualTo(TopUpEndpoint.BAD_GATEWAY_PAGE);
        assertProcessed(reference, "70000.00");
    }

    @Test
    void aNumberEnding0011IsProcessedAndThenSendsHeadersAndHalfTheBodyStallsAndIsCutOff()
            throws IOException {
        String reference = SnapTestClient.newReference();
        SnapTestClient.Call call = client.topUpCall(reference, "081200000011", "80000.00");

        HttpResponse<InputStream> response = call.sendStreaming();
        long headersAt = System.nanoTime();
        byte[] received = new byte[4096];
        int length = 0;
        IOException cutOff = null;
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(received, length, received.length - length)) >= 0; ) {
                length += read;
            }
        } catch (IOException e) {
            cutOff = e;
        }

        assertThat(response.statusCode()).isEqualTo(200);
        long promised = response.headers().firstValueAsLong("Content-Length").orElseThrow();
        assertThat(new String(received, 0, length, StandardCharsets.UTF_8)).startsWith("{\"responseCode\":\"2003800\"");
        assertThat((long) length).isEqualTo(promised / 2);
        assertThat(cutOff).as("the answer ends before its Content-Length").isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - headersAt)).isGreaterThanOrEqualTo(STALL.minusMillis(100));
        assertProcessed(reference, "80000.00");
    }

    @Test
    void aFaultThatIsAnsweredIsStillADuplicateWhenSentAgain() {
        String reference = SnapTestClient.newReference();
        SnapTestClient.Call first = client.topUpCall(reference, "081200000009", "60000.00");
        assertThatThrownBy(first::send).isInstanceOf(UncheckedIOException.class);

        Answer again = client.topUp(reference, "081200000009", "60000.00");

        assertThat(again.code()).isEqualTo("4093801");
        assertThat(listedReferences()).containsExactly(reference);
    }

    /** Listed once as processed, and the status inquiry says {@code 00} about this top-up (reference, amount, 38). */
    private void assertProcessed(String reference, String amount) {
        assertThat(listedReferences()).containsExactly(reference);
        Answer status = client.status(reference);
        assertThat(status.code()).isEqualTo("2003900");
        assertThat(status.text("latestTransactionStatus")).isEqualTo("00");
        assertThat(status.text("originalPartnerReferenceNo")).isEqualTo(reference);
        assertThat(status.text("serviceCode")).isEqualTo("38");
        JsonNode value = status.json().get("amount");
        assertThat(value.get("value").asString()).isEqualTo(amount);
        assertThat(value.get("currency").asString()).isEqualTo("IDR");
    }

    private List<String> listedReferences() {
        List<String> references = new ArrayList<>();
        client.get("/sandbox/top-ups").json().forEach(topUp -> references.add(topUp.get("partnerReferenceNo").asString()));
        return references;
    }
}

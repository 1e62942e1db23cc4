package io.dompet.adapter.web.bulkhead;

import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.KNOWN_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.adapter.web.topup.TopUps;
import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.in.TopUpResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bulkhead over real HTTP (Tomcat's worker threads): with both places of the test gate taken by top-ups held inside
 * the use case, every further Finpay-calling request is refused at once with a {@code finpay-busy} problem and
 * {@code Retry-After}, its use case not called, while Finpay's callback and the reads are still answered.
 */
@SpringBootTest(classes = WebAdapterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FinpayBulkheadTest {

    private static final String TOP_UP = "{\"customerNumber\": \"081234567890\", \"amount\": \"50000\"}";

    @LocalServerPort
    int port;

    @Autowired
    FakeUseCases fakes;

    @Autowired
    FinpayCallGate gate;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    @AfterEach
    void releaseHeldRequests() {
        release.countDown();
    }

    @Test
    void withEveryPlaceTakenFinpayRequestsAreRefusedAtOnceWhileTheCallbackAndReadsStillAnswer()
            throws Exception {
        CountDownLatch inside = new CountDownLatch(gate.maxConcurrentCalls());
        fakes.topUps.answers(command -> {
            inside.countDown();
            awaitRelease();
            return new TopUpResult.Executed(TopUps.succeeded("50000"));
        });
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < gate.maxConcurrentCalls(); i++) {
            held.add(sendAsync(post("/api/v1/top-ups", TOP_UP).header("Idempotency-Key", "held-" + i)));
        }
        assertThat(inside.await(30, TimeUnit.SECONDS)).as("both top-ups are inside the use case").isTrue();

        assertBusy(send(post("/api/v1/top-ups", TOP_UP).header("Idempotency-Key", "one-too-many")));
        assertBusy(send(post("/api/v1/top-up-inquiries", TOP_UP)));
        assertBusy(send(post("/api/v1/top-up-widgets", "{\"phoneNumber\": \"081234567890\"}")));
        assertBusy(send(post("/api/v1/bill-widgets", "{\"productCodes\": [\"080003\"]}")));
        assertBusy(send(get("/api/v1/bill-widgets/" + UUID.randomUUID() + "?check=true")));
        assertThat(fakes.topUps.calls()).hasSize(gate.maxConcurrentCalls());
        assertThat(fakes.inquiries.calls()).isEmpty();
        assertThat(fakes.widgetOpenings.calls()).isEmpty();
        assertThat(fakes.billWidgetGenerations.calls()).isEmpty();
        assertThat(fakes.billWidgetReads.calls()).isEmpty();

        fakes.notifications.answersWith(new NotificationResult.Credited(TopUps.notified("50000", "vabca")));
        HttpResponse<String> callback = send(HttpRequest.newBuilder(uri("/callbacks/finpay/top-up"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(callback.statusCode()).isEqualTo(200);
        assertThat(callback.body()).contains("2000000");
        assertThat(send(get("/api/v1/wallets/" + KNOWN_CUSTOMER)).statusCode()).isEqualTo(200);
        assertThat(send(get("/api/v1/bill-widgets/" + UUID.randomUUID())).statusCode()).isEqualTo(404);
        assertThat(send(get("/api/v1/top-ups/" + TopUps.ID)).statusCode()).isEqualTo(404);

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> request : held) {
            assertThat(request.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        }
        assertThat(send(post("/api/v1/top-ups", TOP_UP).header("Idempotency-Key", "after-release")).statusCode())
                .isEqualTo(201);
        assertThat(fakes.topUps.calls()).hasSize(gate.maxConcurrentCalls() + 1);
    }

    private static void assertBusy(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValue(Integer.toString(FinpayCallGate.RETRY_AFTER_SECONDS));
        assertThat(response.body()).contains("\"type\":\"https://dompet.io/problems/finpay-busy\"")
                .contains("\"status\":503");
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("X-API-Key", ACME_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("X-API-Key", ACME_KEY).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Direct top-ups through the whole application: REST → services → SNAP adapter → the in-process Finpay sandbox →
 * PostgreSQL, with the sandbox's test customers.
 */
class DirectTopUpEndToEndTest extends SandboxApplicationTest {

    @Autowired
    FinpaySandbox sandbox;

    @Test
    void aTopUpToAnOrdinaryCustomerSucceedsWithFinpaysReferenceAndIsCreditedToTheWallet() throws Exception {
        String customer = "081234567890";
        BigDecimal before = creditedTotal(customer);

        HttpResponse<String> response = topUp(UUID.randomUUID().toString(), customer, "50000");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(body.path("referenceNo").asString()).isNotBlank();
        assertThat(body.path("amount").asString()).isEqualTo("50000.00");
        assertThat(body.path("fee").asString()).isEqualTo("1000.00");
        assertThat(body.path("customerNumber").asString()).isEqualTo("0812******90");
        assertThat(response.body()).doesNotContain(customer);
        assertThat(creditedTotal(customer)).isEqualTo(before.add(new BigDecimal("50000.00")));
        assertThat(processedBySandbox("partnerReferenceNo", body.path("partnerReferenceNo").asString())).isEqualTo(1);

        HttpResponse<String> fetched = get("/api/v1/top-ups/" + body.path("id").asString());
        assertThat(json.readTree(fetched.body()).path("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aTopUpWhoseAnswerComesAfterTheReadTimeoutIsPendingThenSucceedsThroughReconciliationExactlyOnce() throws Exception {
        String customer = "081211110002";

        HttpResponse<String> response = topUp(UUID.randomUUID().toString(), customer, "25000");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("PENDING");
        String id = body.path("id").asString();
        String partnerReferenceNo = body.path("partnerReferenceNo").asString();

        JsonNode settled = awaitFinal(id, Duration.ofSeconds(60));
        assertThat(settled.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(settled.path("referenceNo").asString()).isNotBlank();
        assertThat(processedBySandbox("partnerReferenceNo", partnerReferenceNo)).isEqualTo(1);
        assertThat(creditedTotal(customer)).isEqualTo(new BigDecimal("25000.00"));
    }

    @Test
    void anUnknownCustomerEndsFailedWithFinpaysCode() throws Exception {
        HttpResponse<String> response = topUp(UUID.randomUUID().toString(), "081211110001", "50000");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("FAILED");
        assertThat(body.path("failure").path("code").asString()).isEqualTo("4043811");
        assertThat(get("/api/v1/wallets/081211110001").statusCode()).isEqualTo(404);
    }

    @Test
    void twentyConcurrentRequestsWithOneIdempotencyKeyMakeOneTopUpAtFinpay() throws Exception {
        String key = UUID.randomUUID().toString();
        String customer = "081233334444";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return topUp(key, customer, "30000");
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();

        // one creates the top-up; the others see it in progress (409 request-in-progress) or replayed once it is final
        assertThat(responses).extracting(HttpResponse::statusCode).isSubsetOf(200, 201, 409);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        List<String> ids = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 409) {
                assertThat(json.readTree(response.body()).path("type").asString())
                        .isEqualTo("https://dompet.io/problems/request-in-progress");
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                continue;
            }
            if (response.statusCode() == 200) {
                assertThat(response.headers().firstValue("Idempotent-Replayed")).contains("true");
            }
            ids.add(json.readTree(response.body()).path("id").asString());
        }
        HttpResponse<String> afterwards = topUp(key, customer, "30000");
        assertThat(afterwards.statusCode()).isEqualTo(200);
        assertThat(afterwards.headers().firstValue("Idempotent-Replayed")).contains("true");
        ids.add(json.readTree(afterwards.body()).path("id").asString());
        assertThat(ids).containsOnly(ids.get(0));
        String partnerReferenceNo = json.readTree(get("/api/v1/top-ups/" + ids.get(0)).body()).path("partnerReferenceNo").asString();
        assertThat(processedBySandbox("partnerReferenceNo", partnerReferenceNo)).isEqualTo(1);
        assertThat(processedBySandbox("customerNumber", customer)).isEqualTo(1);
        assertThat(creditedTotal(customer)).isEqualTo(new BigDecimal("30000.00"));
    }

    @Test
    void theSameKeyWithAnotherAmountIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(topUp(key, "081255556666", "20000").statusCode()).isEqualTo(201);

        HttpResponse<String> conflict = topUp(key, "081255556666", "20001");

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void anAmountBelowFinpaysMinimumIsAProblemAndNothingReachesFinpaysTopUp() throws Exception {
        String customer = "081277778888";

        HttpResponse<String> response = topUp(UUID.randomUUID().toString(), customer, "5000");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("10000.00");
        assertThat(processedBySandbox("customerNumber", customer)).isZero();
    }

    // --- helpers

    /** The wallet's credited total as the API shows it (a string with two decimals), 0.00 for no wallet. */
    private BigDecimal creditedTotal(String customer) throws Exception {
        HttpResponse<String> wallet = get("/api/v1/wallets/" + customer);
        if (wallet.statusCode() == 404) {
            return new BigDecimal("0.00");
        }
        String total = json.readTree(wallet.body()).path("creditedTotal").asString();
        assertThat(total).matches("\\d+\\.\\d{2}");
        return new BigDecimal(total);
    }

    private JsonNode awaitFinal(String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode topUp;
        do {
            topUp = json.readTree(get("/api/v1/top-ups/" + id).body());
            String status = topUp.path("status").asString();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return topUp;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return topUp;
    }

    /** How many top-ups the sandbox processed whose {@code field} is {@code value} (proves exactly-once at Finpay). */
    private long processedBySandbox(String field, String value) throws Exception {
        JsonNode all = json.readTree(http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/top-ups")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long count = 0;
        for (JsonNode topUp : all) {
            if (topUp.path(field).asString().equals(value)) {
                count++;
            }
        }
        return count;
    }

    private HttpResponse<String> topUp(String idempotencyKey, String customer, String amount) throws Exception {
        return post("/api/v1/top-ups", "{\"customerNumber\":\"" + customer + "\",\"amount\":\"" + amount + "\"}",
                "Idempotency-Key", idempotencyKey);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, SANDBOX_KEY);
    }
}

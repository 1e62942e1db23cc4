package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lists and operator review through the whole application: a client finds its own top-up by its Idempotency-Key
 * (another client does not), a client without the operator role is refused with 403, and an operator's recheck
 * settles a PENDING top-up through Finpay's (the sandbox's) status inquiry, audited; each decision is a
 * {@code top_up.reviewed} event in the event log.
 */
class OperatorReviewEndToEndTest extends SandboxApplicationTest {

    @Test
    void anOperatorsRecheckSettlesAPendingTopUpAndOthersMayNotReview() throws Exception {
        String key = "review-" + UUID.randomUUID();
        // ...0002: the sandbox answers after dompet's read timeout, so the top-up is PENDING
        HttpResponse<String> created = postAs(SHOP_A_KEY, "/api/v1/top-ups",
                "{\"customerNumber\":\"081355550002\",\"amount\":\"25000\"}", "Idempotency-Key", key);
        assertThat(created.statusCode()).isEqualTo(202);
        String id = json.readTree(created.body()).path("id").asString();

        HttpResponse<String> notOperator = postAs(SHOP_A_KEY, "/api/v1/top-ups/" + id + "/review",
                "{\"action\":\"recheck\"}");
        assertThat(notOperator.statusCode()).isEqualTo(403);
        assertThat(json.readTree(notOperator.body()).path("type").asString())
                .isEqualTo("https://dompet.io/problems/operator-required");

        HttpResponse<String> recheck = postAs(SHOP_B_KEY, "/api/v1/top-ups/" + id + "/review",
                "{\"action\":\"recheck\",\"reason\":\"customer asked\"}");
        JsonNode settled = json.readTree(recheck.body());
        if (recheck.statusCode() == 409) {
            // the reconciler got there first (it runs every 500 ms): then the top-up is settled already
            assertThat(settled.path("detail").asString()).containsAnyOf("already SUCCEEDED", "checking this top-up");
        } else {
            assertThat(recheck.statusCode()).isEqualTo(200);
            assertThat(settled.path("status").asString()).isEqualTo("SUCCEEDED");
            JsonNode reviews = json.readTree(get("/api/v1/top-ups/" + id + "/reviews", SHOP_B_KEY).body());
            assertThat(reviews).singleElement().satisfies(review -> {
                assertThat(review.path("reviewer").asString()).isEqualTo("shop-b");
                assertThat(review.path("action").asString()).isEqualTo("recheck");
                assertThat(review.path("reason").asString()).isEqualTo("customer asked");
                assertThat(review.path("statusBefore").asString()).isEqualTo("PENDING");
                assertThat(review.path("statusAfter").asString()).isEqualTo("SUCCEEDED");
            });
        }

        JsonNode own = json.readTree(get("/api/v1/top-ups?idempotencyKey=" + key, SHOP_A_KEY).body());
        JsonNode others = json.readTree(get("/api/v1/top-ups?idempotencyKey=" + key, SHOP_B_KEY).body());
        assertThat(own.path("data")).singleElement()
                .satisfies(topUp -> assertThat(topUp.path("id").asString()).isEqualTo(id));
        assertThat(own.path("hasMore").asBoolean(true)).isFalse();
        assertThat(others.path("data")).as("a key is its own client's").isEmpty();
        assertThat(get("/api/v1/top-ups/" + id + "/reviews", SHOP_A_KEY).statusCode()).isEqualTo(403);
    }

    @Test
    void anOperatorsDecisionIsOneReviewedEventWithTheTopUpAsDecided() throws Exception {
        // ...0004: Finpay answers "in progress", so the top-up is PENDING until the reconciler's first check (1 s)
        HttpResponse<String> created = postAs(SHOP_A_KEY, "/api/v1/top-ups",
                "{\"customerNumber\":\"081355560004\",\"amount\":\"26000\"}", "Idempotency-Key",
                "reviewed-" + UUID.randomUUID());
        assertThat(created.statusCode()).isEqualTo(202);
        String id = json.readTree(created.body()).path("id").asString();

        String decision = "{\"action\":\"succeed\",\"referenceNo\":\"FP-OPS-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"reason\":\"seen in Finpay's portal\"}";
        HttpResponse<String> succeed = postAs(SHOP_B_KEY, "/api/v1/top-ups/" + id + "/review", decision);
        for (int tries = 1; succeed.statusCode() == 409 && succeed.body().contains("changed while") && tries < 50; tries++) {
            // the top-up's own request or the reconciler's lease moved its version: decide again on what it shows
            Thread.sleep(20);
            succeed = postAs(SHOP_B_KEY, "/api/v1/top-ups/" + id + "/review", decision);
        }
        assertThat(succeed.statusCode()).as(succeed.body()).isEqualTo(200);

        List<JsonNode> reviewed = reviewedEventsOf(id, Duration.ofSeconds(10));
        assertThat(reviewed).singleElement().satisfies(event -> {
            assertThat(event.path("id").asString()).startsWith("evt_");
            assertThat(event.path("data").path("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(event.path("data").path("customerNumber").asString()).isEqualTo("0813******04");
            assertThat(event.path("data").toString()).doesNotContain("081355560004");
        });
    }

    /** The {@code top_up.reviewed} events of a top-up, once at least one can be read (or the timeout passed). */
    private List<JsonNode> reviewedEventsOf(String topUpId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> found = new ArrayList<>();
            String cursor = null;
            boolean hasMore = true;
            while (hasMore) {
                JsonNode page = json.readTree(get("/api/v1/events?type=top_up.reviewed&limit=200"
                        + (cursor == null ? "" : "&after=" + cursor), SANDBOX_KEY).body());
                page.path("data").forEach(event -> {
                    if (event.path("data").path("id").asString().equals(topUpId)) {
                        found.add(event);
                    }
                });
                hasMore = page.path("hasMore").asBoolean();
                cursor = page.path("nextCursor").asString();
            }
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(100);
        }
    }
}

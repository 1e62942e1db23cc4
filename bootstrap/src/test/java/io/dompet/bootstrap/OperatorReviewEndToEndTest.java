package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lists and operator review through the whole application: a client finds its own top-up by its Idempotency-Key
 * (another client does not), a client without the operator role is refused with 403, and an operator's recheck
 * settles a PENDING top-up through Finpay's (the sandbox's) status inquiry, audited.
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
}

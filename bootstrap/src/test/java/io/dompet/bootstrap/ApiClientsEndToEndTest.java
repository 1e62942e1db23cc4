package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API clients are isolated through the whole application: an {@code Idempotency-Key} is the client's own, so two
 * configured clients sending the same key and body get a top-up each, and Finpay (the sandbox) processes both.
 */
class ApiClientsEndToEndTest extends SandboxApplicationTest {

    private static final String BODY_TEMPLATE = "{\"customerNumber\":\"%s\",\"amount\":\"40000\"}";

    @Autowired
    FinpaySandbox sandbox;

    @Test
    void twoClientsWithTheSameIdempotencyKeyAndBodyGetATopUpEachAndFinpayProcessesBoth() throws Exception {
        String key = "order-" + UUID.randomUUID();
        String customer = "081299887766";
        String body = BODY_TEMPLATE.formatted(customer);

        HttpResponse<String> shopA = postAs(SHOP_A_KEY, "/api/v1/top-ups", body, "Idempotency-Key", key);
        HttpResponse<String> shopB = postAs(SHOP_B_KEY, "/api/v1/top-ups", body, "Idempotency-Key", key);

        assertThat(shopA.statusCode()).isEqualTo(201);
        assertThat(shopB.statusCode()).isEqualTo(201);
        JsonNode a = json.readTree(shopA.body());
        JsonNode b = json.readTree(shopB.body());
        assertThat(a.path("id").asString()).isNotEqualTo(b.path("id").asString());
        assertThat(a.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(b.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(a.path("client").asString()).isEqualTo("shop-a");
        assertThat(b.path("client").asString()).isEqualTo("shop-b");
        assertThat(a.path("livemode").asBoolean(true)).isFalse();
        assertThat(processedBySandbox(customer)).isEqualTo(2);

        HttpResponse<String> replay = postAs(SHOP_A_KEY, "/api/v1/top-ups", body, "Idempotency-Key", key);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json.readTree(replay.body()).path("id").asString()).isEqualTo(a.path("id").asString());
        assertThat(processedBySandbox(customer)).isEqualTo(2);
    }

    /** How many top-ups to {@code customer} the sandbox processed. */
    private long processedBySandbox(String customer) throws Exception {
        JsonNode all = json.readTree(http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/top-ups")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        long count = 0;
        for (JsonNode topUp : all) {
            if (topUp.path("customerNumber").asString().equals(customer)) {
                count++;
            }
        }
        return count;
    }
}

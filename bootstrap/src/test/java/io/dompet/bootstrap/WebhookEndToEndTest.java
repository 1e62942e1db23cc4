package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.sandbox.FinpaySandbox;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Events and webhooks through the whole application: a notification the sandbox sends becomes a
 * {@code notification.credited} event, which an independent receiver gets as a POST whose Standard Webhooks signature
 * it verifies itself; a receiver that refuses gets the same {@code webhook-id} again, with backoff, until it accepts.
 */
class WebhookEndToEndTest extends SandboxApplicationTest {

    private static final WebhookReceiver receiver = SandboxApplicationTest.WEBHOOKS;

    @Autowired
    FinpaySandbox sandbox;

    @Test
    void aSandboxNotificationIsPostedAsASignedNotificationCreditedEventThatTheEventsApiShowsToo() throws Exception {
        sandboxNotifies("081377770001", "75000.00");

        List<WebhookReceiver.Received> posts = receiver.await("0813******01", 2);
        WebhookReceiver.Received credited = posts.stream()
                .filter(post -> post.body().contains("\"type\":\"notification.credited\"")).findFirst().orElseThrow();
        assertThat(credited.signatureValid()).isTrue();
        assertThat(credited.answered()).isEqualTo(204);
        assertThat(credited.body()).doesNotContain("081377770001", "6281377770001");
        JsonNode event = json.readTree(credited.body());
        assertThat(event.path("id").asString()).isEqualTo(credited.id()).startsWith("evt_");
        assertThat(event.path("livemode").asBoolean()).isFalse();
        assertThat(event.path("data").path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(event.path("data").path("amount").asString()).isEqualTo("75000.00");
        JsonNode shown = json.readTree(get("/api/v1/events/" + credited.id(), SANDBOX_KEY).body());
        assertThat(shown).isEqualTo(event);
        JsonNode topUp = json.readTree(get("/api/v1/top-ups/" + event.path("data").path("id").asString(), SANDBOX_KEY).body());
        assertThat(event.path("data")).isEqualTo(topUp);
    }

    @Test
    void anEndpointThatRefusesThreeTimesGetsTheSameWebhookIdAgainUntilItAccepts() throws Exception {
        receiver.refuse(3, "0813******02", "\"type\":\"notification.credited\"");

        sandboxNotifies("081377770002", "20000.00");

        List<WebhookReceiver.Received> credited = awaitCredited("0813******02", 4);
        assertThat(credited).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 500, 204);
        assertThat(new HashSet<>(credited.stream().map(WebhookReceiver.Received::id).toList())).hasSize(1);
        assertThat(credited).allMatch(WebhookReceiver.Received::signatureValid);
        String eventId = credited.get(0).id();
        JsonNode delivery = deliveryOf(eventId);
        assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
        assertThat(delivery.path("lastHttpStatus").asInt()).isEqualTo(204);
    }

    @Test
    void aRedeliveryPostsTheEventAgainWithItsWebhookId() throws Exception {
        sandboxNotifies("081377770003", "30000.00");
        WebhookReceiver.Received first = awaitCredited("0813******03", 1).get(0);

        HttpResponse<String> redelivered = post("/api/v1/events/" + first.id() + "/redeliver", "");

        assertThat(redelivered.statusCode()).isEqualTo(202);
        assertThat(json.readTree(redelivered.body()).path("deliveriesScheduled").asInt()).isEqualTo(1);
        List<WebhookReceiver.Received> again = awaitCredited("0813******03", 2);
        assertThat(again.get(1).id()).isEqualTo(first.id());
        assertThat(again.get(1).body()).isEqualTo(first.body());
        assertThat(post("/api/v1/events/evt_unknown/redeliver", "").statusCode()).isEqualTo(404);
    }

    @Test
    void theEventsApiPagesWithAnOpaqueCursorAndReadsEachEventOnce() throws Exception {
        for (int i = 4; i <= 6; i++) {
            sandboxNotifies("08137777000" + i, "10000.00");
        }
        awaitCredited("0813******06", 1);

        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean hasMore = true;
        while (hasMore) {
            JsonNode page = json.readTree(get("/api/v1/events?type=notification.credited&limit=2"
                    + (cursor == null ? "" : "&after=" + cursor), SANDBOX_KEY).body());
            assertThat(page.path("data").size()).isLessThanOrEqualTo(2);
            page.path("data").forEach(event -> {
                assertThat(event.path("type").asString()).isEqualTo("notification.credited");
                ids.add(event.path("id").asString());
            });
            hasMore = page.path("hasMore").asBoolean();
            cursor = page.path("nextCursor").asString();
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        Set<String> posted = new HashSet<>(receiver.received("notification.credited").stream()
                .map(WebhookReceiver.Received::id).toList());
        assertThat(ids).containsAll(posted).hasSizeGreaterThanOrEqualTo(3);
        assertThat(get("/api/v1/events?limit=201", SANDBOX_KEY).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/events?after=bm9wZQ", SANDBOX_KEY).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/events?type=top_up.exploded", SANDBOX_KEY).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/events", null).statusCode()).isEqualTo(401);
    }

    private List<WebhookReceiver.Received> awaitCredited(String maskedCustomer, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<WebhookReceiver.Received> credited = List.of();
        while (System.nanoTime() < until) {
            credited = receiver.received(maskedCustomer).stream()
                    .filter(post -> post.body().contains("\"type\":\"notification.credited\"")).toList();
            if (credited.size() >= count) {
                return credited;
            }
            Thread.sleep(50);
        }
        assertThat(credited).hasSizeGreaterThanOrEqualTo(count);
        return credited;
    }

    private JsonNode deliveryOf(String eventId) throws Exception {
        JsonNode deliveries = json.readTree(get("/api/v1/webhook-deliveries?endpoint=merchant&limit=200", SANDBOX_KEY).body());
        for (JsonNode delivery : deliveries) {
            if (delivery.path("eventId").asString().equals(eventId)) {
                return delivery;
            }
        }
        throw new AssertionError("no delivery of " + eventId);
    }

    private void sandboxNotifies(String customer, String amount) throws Exception {
        String request = "{\"phoneNo\":\"" + customer + "\",\"amount\":\"" + amount + "\",\"channel\":\"alfamart\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications?wait=true"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}

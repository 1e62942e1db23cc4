package io.dompet.bootstrap;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SandboxSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Finpay sandbox of a test's own, apart from the one dompet runs in sandbox mode, that sends Notify Top Up to a
 * running dompet signed by the given {@link NotifyVariant}, optionally pretty-printed, and tries each delivery once
 * (a refusal is final at once, not after the sandbox's retries).
 */
final class NotifyingSandbox implements AutoCloseable {

    /** dompet's Notify Top Up callback. */
    static final String CALLBACK_PATH = "/callbacks/finpay/top-up";

    private final FinpaySandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private NotifyingSandbox(FinpaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    static NotifyingSandbox start(NotifyVariant variant, boolean prettyPrinted, URI callback) {
        return new NotifyingSandbox(FinpaySandbox.start(SandboxSettings.defaults().withPort(0)
                .withNotifyVariant(variant).withPrettyPrintedNotifications(prettyPrinted)
                .withNotificationRetry(Duration.ofMillis(100), 1).withMerchantCallbackUrl(callback)));
    }

    /**
     * Sends one notification ({@code copies} deliveries of the same bytes at once) and waits until each is delivered
     * or given up; the sandbox's answer ({@code state}, {@code results}).
     */
    JsonNode notify(String customer, String amount, int copies) throws IOException, InterruptedException {
        String request = "{\"phoneNo\":\"" + customer + "\",\"amount\":\"" + amount + "\",\"channel\":\"alfamart\","
                + "\"concurrentCopies\":" + copies + "}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/sandbox/notifications?wait=true")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the sandbox did not send: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    JsonNode notify(String customer, String amount) throws IOException, InterruptedException {
        return notify(customer, amount, 1);
    }

    /** The last delivery attempt of the last notification sent: {@code status}, {@code responseCode}. */
    JsonNode lastAttempt() throws IOException, InterruptedException {
        JsonNode all = json.readTree(http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode attempts = all.get(all.size() - 1).path("deliveries").get(0).path("attempts");
        return attempts.get(attempts.size() - 1);
    }

    /** The exact body of the last notification sent. */
    String lastBody() throws IOException, InterruptedException {
        JsonNode all = json.readTree(http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        return all.get(all.size() - 1).path("body").asString();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}

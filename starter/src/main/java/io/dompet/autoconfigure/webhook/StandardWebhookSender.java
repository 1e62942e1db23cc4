package io.dompet.autoconfigure.webhook;

import io.dompet.adapter.web.event.EventResponse;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.EventResult;
import io.dompet.application.port.in.ListEventsQuery;
import io.dompet.application.port.out.WebhookSenderPort;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs an event to its endpoint as Standard Webhooks prescribe: the event JSON (as {@code GET /api/v1/events/{id}}
 * shows it), {@code webhook-id} (the event's id, the same on every attempt and redelivery), {@code webhook-timestamp}
 * (Unix seconds of this attempt) and {@code webhook-signature}. Each attempt is bounded as a whole by {@code timeout}
 * (connection, headers and body); an answer other than 2xx, a timeout or a connection failure is a failed attempt.
 * The error recorded names what happened, never the URL, a header or the secret.
 */
public final class StandardWebhookSender implements WebhookSenderPort {

    private final Map<String, WebhookEndpoint> endpoints;
    private final ListEventsQuery events;
    private final JsonMapper json;
    private final Livemode livemode;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    public StandardWebhookSender(Map<String, WebhookEndpoint> endpoints, ListEventsQuery events, JsonMapper json,
                                 Livemode livemode, Clock clock, Duration timeout) {
        this.endpoints = Map.copyOf(endpoints);
        this.events = Objects.requireNonNull(events);
        this.json = Objects.requireNonNull(json);
        this.livemode = Objects.requireNonNull(livemode);
        this.clock = Objects.requireNonNull(clock);
        this.timeout = Objects.requireNonNull(timeout);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Answer send(String endpointName, String eventId) {
        WebhookEndpoint endpoint = endpoints.get(endpointName);
        if (endpoint == null) {
            return new Answer(Optional.empty(), Optional.of("the endpoint is no longer configured"));
        }
        Optional<EventResult> found = events.getEvent(eventId);
        if (found.isEmpty()) {
            return new Answer(Optional.empty(), Optional.of("the event is not in the log"));
        }
        EventResult event = found.get();
        String body = json.writeValueAsString(EventResponse.of(event, livemode));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", event.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", endpoint.signature().sign(event.id(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status / 100 == 2 ? new Answer(Optional.of(status), Optional.empty())
                    : new Answer(Optional.of(status), Optional.of("the endpoint answered " + status));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Answer(Optional.empty(), Optional.of("no answer within " + timeout.toSeconds() + " s"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(Optional.empty(), Optional.of("no answer: " + cause.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            return new Answer(Optional.empty(), Optional.of("interrupted"));
        }
    }
}

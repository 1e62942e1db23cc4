package io.dompet.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load a scenario drives, through the harness's own {@link HttpClient}: direct top-ups to dompet
 * ({@code POST /api/v1/top-ups}, each with a fresh {@code Idempotency-Key}) and Notify Top Ups the sandbox sends to
 * dompet ({@code POST /sandbox/notifications}). Every answer (or the I/O error instead) is recorded, for the report.
 */
final class Traffic {

    static final String API_KEY = "fault-suite-api-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong KEYS = new AtomicLong();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Duration requestTimeout;
    private final List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> topUpAnswers = new ConcurrentHashMap<>();
    private final List<String> notificationReferences = new CopyOnWriteArrayList<>();
    private final AtomicLong topUpRequests = new AtomicLong();
    private final AtomicLong topUpsAnswered = new AtomicLong();
    private final AtomicLong notificationRequests = new AtomicLong();
    private final AtomicLong notificationRefusals = new AtomicLong();

    Traffic(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** Sends one top-up to {@code dompet}; the answer is recorded when it comes. */
    void topUp(DompetProcess dompet, String customerNumber, String amount) {
        topUpRequests.incrementAndGet();
        String key = "faults-" + run + "-" + KEYS.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(dompet.baseUrl().resolve("/api/v1/top-ups"))
                .timeout(requestTimeout)
                .header("X-API-Key", API_KEY)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customerNumber\":\"" + customerNumber + "\",\"amount\":\"" + amount + "\"}"))
                .build();
        track(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            if (error == null) {
                topUpsAnswered.incrementAndGet();
            }
            count(error != null ? "no answer (" + rootCause(error).getClass().getSimpleName() + ")"
                    : "HTTP " + response.statusCode() + topUpStatus(response.body()));
            return null;
        }));
    }

    /** Asks the sandbox to send one Notify Top Up to dompet; the sandbox's {@code referenceNo} is recorded. */
    void notification(URI sandbox, String phoneNo, String amount) {
        notificationRequests.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(sandbox.resolve("/sandbox/notifications"))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"phoneNo\":\"" + phoneNo + "\",\"amount\":\"" + amount + "\",\"channel\":\"alfamart\"}"))
                .build();
        track(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            if (error == null && response.statusCode() == 202) {
                notificationReferences.add(JSON.readTree(response.body()).path("referenceNo").asString());
            } else {
                notificationRefusals.incrementAndGet();
            }
            return null;
        }));
    }

    /** Waits until every request sent so far has its answer (or its error). */
    void awaitAnswers(Duration bound) {
        CompletableFuture<Void> all = CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
        try {
            all.get(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("requests still unanswered after " + bound
                    + " (the HTTP client's own timeout is " + requestTimeout + ")", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long topUpRequests() {
        return topUpRequests.get();
    }

    long notificationRequests() {
        return notificationRequests.get();
    }

    /** Triggers the sandbox refused (it then sends nothing). */
    long notificationRefusals() {
        return notificationRefusals.get();
    }

    List<String> notificationReferences() {
        return List.copyOf(notificationReferences);
    }

    /** How dompet answered the top-ups: {@code "HTTP 201 SUCCEEDED" → 312}, {@code "no answer (…)" → 4}, … */
    String topUpAnswerSummary() {
        return topUpAnswers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + ": " + entry.getValue().get())
                .collect(Collectors.joining(", "));
    }

    private void track(CompletableFuture<?> future) {
        inFlight.add(future);
    }

    /** Top-ups that got an HTTP answer so far. */
    long topUpsAnswered() {
        return topUpsAnswered.get();
    }

    /** Waits until {@code answers} top-ups got an HTTP answer, or {@code bound} passed. @return whether they did */
    boolean awaitTopUpsAnswered(long answers, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (topUpsAnswered.get() < answers && System.nanoTime() < deadline) {
            Sleep.millis(50);
        }
        return topUpsAnswered.get() >= answers;
    }

    private void count(String answer) {
        topUpAnswers.computeIfAbsent(answer, any -> new AtomicLong()).incrementAndGet();
    }

    private static String topUpStatus(String body) {
        try {
            JsonNode status = JSON.readTree(body).get("status");
            return status != null && status.isString() ? " " + status.asString() : "";
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

}

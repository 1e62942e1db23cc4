package io.dompet.sandbox.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.dompet.sandbox.config.NotificationDelivery;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Delivers notifications to the merchant: {@link HttpClient} (HTTP/1.1, 2 s connect and 10 s answer timeouts) on
 * a small executor of its own, never the sandbox's request threads. Every attempt carries a fresh
 * {@code X-EXTERNAL-ID}, {@code X-TIMESTAMP} and signature over the same body bytes; a non-2xx answer or an I/O
 * error is retried after {@code baseDelay}, then twice as long each time (at most 60 s), until {@code attempts}
 * attempts were made. Logs one line per attempt, never a signature or a full phone number.
 */
final class NotificationCourier implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    static final String ORIGIN = "sandbox.finpay.local";

    private static final Logger log = LoggerFactory.getLogger(NotificationCourier.class);
    private static final AtomicInteger COURIERS = new AtomicInteger();

    private final PrivateKey finpayKey;
    private final SignatureEncoding encoding;
    private final String partnerId;
    private final Duration baseDelay;
    private final int attempts;
    private final Clock clock;
    private final NotificationIds ids;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService clientThreads;
    private final HttpClient client;

    NotificationCourier(PrivateKey finpayKey, SignatureEncoding encoding, String partnerId, Duration baseDelay,
                        int attempts, Clock clock, NotificationIds ids) {
        this.finpayKey = finpayKey;
        this.encoding = encoding;
        this.partnerId = partnerId;
        this.baseDelay = baseDelay;
        this.attempts = attempts;
        this.clock = clock;
        this.ids = ids;
        int courier = COURIERS.incrementAndGet();
        this.scheduler = Executors.newScheduledThreadPool(2, threads("finpay-sandbox-" + courier + "-notify"));
        this.clientThreads = Executors.newFixedThreadPool(4, threads("finpay-sandbox-" + courier + "-notify-http"));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(clientThreads)
                .build();
    }

    /**
     * Starts every delivery of {@code notification}: round one's copies at once, then (when delivered twice) round
     * two's once round one has finished.
     *
     * @return completes when every delivery has been delivered or given up
     */
    CompletableFuture<Void> deliver(SentNotification notification) {
        CompletableFuture<Void> first = deliverRound(notification, 1);
        return notification.round(2).isEmpty() ? first : first.thenCompose(done -> deliverRound(notification, 2));
    }

    /** The wait before attempt {@code failed + 1}: {@code baseDelay × 2^(failed − 1)}, at most 60 s. */
    Duration delayAfter(int failed) {
        Duration delay = baseDelay.multipliedBy(1L << Math.min(failed - 1, 20));
        return delay.compareTo(NotificationDelivery.MAX_RETRY_DELAY) > 0 ? NotificationDelivery.MAX_RETRY_DELAY : delay;
    }

    /** Stops at once: no further attempts start; pending deliveries stay {@code PENDING}. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        clientThreads.shutdownNow();
    }

    private CompletableFuture<Void> deliverRound(SentNotification notification, int round) {
        List<CompletableFuture<Void>> copies = notification.round(round).stream()
                .map(delivery -> {
                    CompletableFuture<Void> finished = new CompletableFuture<>();
                    schedule(notification, delivery, 1, Duration.ZERO, finished);
                    return finished;
                })
                .toList();
        return CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new));
    }

    private void schedule(SentNotification notification, Delivery delivery, int attempt, Duration delay,
                          CompletableFuture<Void> finished) {
        try {
            scheduler.schedule(() -> attempt(notification, delivery, attempt, finished), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            finished.complete(null);
        }
    }

    private void attempt(SentNotification notification, Delivery delivery, int attempt,
                         CompletableFuture<Void> finished) {
        String externalId = ids.externalId();
        Instant at = clock.instant();
        long started = System.nanoTime();
        send(notification, externalId, at).whenCompleteAsync((answer, failure) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            DeliveryAttempt result = answer != null
                    ? new DeliveryAttempt(attempt, externalId, answer.statusCode(), responseCode(answer.body()), null,
                            at, millis)
                    : new DeliveryAttempt(attempt, externalId, null, null, describe(failure), at, millis);
            delivery.record(result);
            String outcome = result.status() != null ? "HTTP " + result.status() : result.error();
            if (result.succeeded()) {
                delivery.finish(DeliveryState.DELIVERED);
                log.info("Finpay sandbox Notify Top Up {} delivery {} attempt {}/{} -> {}: delivered",
                        notification.referenceNo(), delivery.number(), attempt, attempts, outcome);
                finished.complete(null);
            } else if (attempt >= attempts) {
                delivery.finish(DeliveryState.GAVE_UP);
                log.warn("Finpay sandbox Notify Top Up {} delivery {} attempt {}/{} -> {}: gave up",
                        notification.referenceNo(), delivery.number(), attempt, attempts, outcome);
                finished.complete(null);
            } else {
                Duration delay = delayAfter(attempt);
                log.info("Finpay sandbox Notify Top Up {} delivery {} attempt {}/{} -> {}: retrying in {} ms",
                        notification.referenceNo(), delivery.number(), attempt, attempts, outcome, delay.toMillis());
                schedule(notification, delivery, attempt + 1, delay, finished);
            }
        }, scheduler);
    }

    private CompletableFuture<HttpResponse<byte[]>> send(SentNotification notification, String externalId, Instant at) {
        try {
            URI url = notification.callbackUrl();
            String timestamp = JakartaTime.format(at);
            String signature = NotificationSignature.sign(finpayKey, NotificationSignature.stringToSign(
                    NotificationSignature.callbackPath(url), notification.bodyDigest(), timestamp), encoding);
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-TIMESTAMP", timestamp)
                    .header("X-SIGNATURE", signature)
                    .header("ORIGIN", ORIGIN)
                    .header("X-EXTERNAL-ID", externalId)
                    .header("X-PARTNER-ID", partnerId)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(notification.body()))
                    .build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String responseCode(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode code = Json.readTree(body).get("responseCode");
            return code != null && code.isString() ? code.stringValue() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

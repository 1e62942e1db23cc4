package io.dompet.autoconfigure.metrics;

import io.dompet.application.port.out.WebhookSenderPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Counts each webhook delivery attempt by its result, as {@value DompetMeters#WEBHOOK_DELIVERIES} with the tag
 * {@code result}: {@code delivered} (a 2xx), {@code refused} (another status) or {@code failed} (no answer).
 */
public final class WebhookDeliveryResults implements WebhookSenderPort {

    private final WebhookSenderPort delegate;
    private final Counter delivered;
    private final Counter refused;
    private final Counter failed;

    public WebhookDeliveryResults(WebhookSenderPort delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate);
        this.delivered = counter(registry, "delivered");
        this.refused = counter(registry, "refused");
        this.failed = counter(registry, "failed");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(DompetMeters.WEBHOOK_DELIVERIES).tag("result", result)
                .description("webhook delivery attempts by result").register(registry);
    }

    @Override
    public Answer send(String endpointName, String eventId) {
        Answer answer = delegate.send(endpointName, eventId);
        (answer.delivered() ? delivered : answer.httpStatus().isPresent() ? refused : failed).increment();
        return answer;
    }
}

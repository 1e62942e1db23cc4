package io.dompet.autoconfigure.metrics;

import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.in.ReceiveTopUpNotificationUseCase;
import io.dompet.domain.topup.RawNotification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Counts each Notify Top Up by what became of it, as {@value DompetMeters#NOTIFICATIONS} with the tag {@code result}:
 * {@code credited}, {@code replayed} (a redelivery), {@code conflict}, {@code refused-signature}, {@code malformed},
 * {@code invalid-field}. The counters are made once, so counting costs an increment per notification.
 */
public final class NotificationResults implements ReceiveTopUpNotificationUseCase {

    private final ReceiveTopUpNotificationUseCase delegate;
    private final Counter credited;
    private final Counter replayed;
    private final Counter conflict;
    private final Counter refusedSignature;
    private final Counter malformed;
    private final Counter invalidField;

    public NotificationResults(ReceiveTopUpNotificationUseCase delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate);
        this.credited = counter(registry, "credited");
        this.replayed = counter(registry, "replayed");
        this.conflict = counter(registry, "conflict");
        this.refusedSignature = counter(registry, "refused-signature");
        this.malformed = counter(registry, "malformed");
        this.invalidField = counter(registry, "invalid-field");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(DompetMeters.NOTIFICATIONS).tag("result", result)
                .description("Finpay's Notify Top Up deliveries by what became of them").register(registry);
    }

    @Override
    public NotificationResult receive(RawNotification notification) {
        NotificationResult result = delegate.receive(notification);
        counterOf(result).increment();
        return result;
    }

    private Counter counterOf(NotificationResult result) {
        if (result instanceof NotificationResult.Credited) {
            return credited;
        }
        if (result instanceof NotificationResult.AlreadyCredited) {
            return replayed;
        }
        if (result instanceof NotificationResult.Conflicting) {
            return conflict;
        }
        if (result instanceof NotificationResult.Unauthenticated) {
            return refusedSignature;
        }
        return result instanceof NotificationResult.Malformed ? malformed : invalidField;
    }
}

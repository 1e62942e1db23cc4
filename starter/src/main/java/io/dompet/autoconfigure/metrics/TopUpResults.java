package io.dompet.autoconfigure.metrics;

import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.domain.topup.TopUpStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts each direct top-up request by what it answered, as {@value DompetMeters#TOP_UPS} with the tag {@code status}:
 * the new top-up's status ({@code SUCCEEDED}, {@code FAILED}, or {@code PENDING} left to the reconciler), or
 * {@code replayed}, {@code in-progress} and {@code key-conflict} for a key used before. What the reconciler settles later
 * is in the event log ({@code top_up.succeeded}, {@code top_up.failed}); the open ones are the gauges'. The counters are
 * made once, so counting costs an increment per request.
 */
public final class TopUpResults implements TopUpCustomerUseCase {

    private final TopUpCustomerUseCase delegate;
    private final Map<TopUpStatus, Counter> executed = new EnumMap<>(TopUpStatus.class);
    private final Counter replayed;
    private final Counter inProgress;
    private final Counter keyConflict;

    public TopUpResults(TopUpCustomerUseCase delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate);
        for (TopUpStatus status : TopUpStatus.values()) {
            executed.put(status, counter(registry, status.name()));
        }
        this.replayed = counter(registry, "replayed");
        this.inProgress = counter(registry, "in-progress");
        this.keyConflict = counter(registry, "key-conflict");
    }

    private static Counter counter(MeterRegistry registry, String status) {
        return Counter.builder(DompetMeters.TOP_UPS).tag("status", status)
                .description("direct top-up requests by what they answered").register(registry);
    }

    @Override
    public TopUpResult topUp(TopUpCustomerCommand command) {
        TopUpResult result = delegate.topUp(command);
        counterOf(result).increment();
        return result;
    }

    private Counter counterOf(TopUpResult result) {
        if (result instanceof TopUpResult.Executed done) {
            return executed.get(done.topUp().status());
        }
        if (result instanceof TopUpResult.Replayed) {
            return replayed;
        }
        return result instanceof TopUpResult.InProgress ? inProgress : keyConflict;
    }
}

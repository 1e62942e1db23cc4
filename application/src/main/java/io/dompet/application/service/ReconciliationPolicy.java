package io.dompet.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the status inquiry chases unknown outcomes: the first check {@code firstCheckAfter} the unknown answer, then
 * exponential backoff (doubling) capped at {@code maxBackoff}; after {@code budget} checks without an outcome the
 * top-up is flagged for review (and still checked at the capped interval). A {@code REQUESTED} top-up older than
 * {@code requestedStaleAfter} was left behind by a crash and is checked too. Each run looks at {@code batchSize}
 * top-ups at most.
 */
public record ReconciliationPolicy(Duration firstCheckAfter, Duration maxBackoff, int budget,
                                   Duration requestedStaleAfter, int batchSize) {

    public ReconciliationPolicy {
        Objects.requireNonNull(firstCheckAfter, "firstCheckAfter");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(requestedStaleAfter, "requestedStaleAfter");
        if (firstCheckAfter.isNegative() || firstCheckAfter.isZero() || maxBackoff.compareTo(firstCheckAfter) < 0) {
            throw new IllegalArgumentException("firstCheckAfter must be positive and not above maxBackoff");
        }
        if (budget < 1 || batchSize < 1) {
            throw new IllegalArgumentException("budget and batchSize must be at least 1");
        }
        if (requestedStaleAfter.isNegative()) {
            throw new IllegalArgumentException("requestedStaleAfter must not be negative");
        }
    }

    public static ReconciliationPolicy defaults() {
        return new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 12, Duration.ofMinutes(1), 50);
    }

    /** The wait before check number {@code attempt + 1}, after {@code attempt} checks without an outcome. */
    Duration backoffAfter(int attempt) {
        Duration delay = firstCheckAfter;
        for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}

package io.dompet.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the status inquiry chases unknown outcomes: the first check {@code firstCheckAfter} the unknown answer, then
 * exponential backoff (doubling) capped at {@code maxBackoff}; after {@code budget} checks without an outcome the
 * top-up is flagged for review (and still checked at the capped interval). A {@code REQUESTED} or {@code SENDING}
 * top-up untouched for longer than {@code requestedStaleAfter} (by the database's clock) has lost the request that
 * owned it and is checked too: {@code requestedStaleAfter} must exceed the longest a request can take. A reconciler
 * holds each top-up it checks under a {@code lease} longer than one status inquiry can take, so that no other
 * instance checks it at the same time. Each run checks {@code batchSize} top-ups at most.
 */
public record ReconciliationPolicy(Duration firstCheckAfter, Duration maxBackoff, int budget,
                                   Duration requestedStaleAfter, Duration lease, int batchSize) {

    public ReconciliationPolicy {
        Objects.requireNonNull(firstCheckAfter, "firstCheckAfter");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(requestedStaleAfter, "requestedStaleAfter");
        Objects.requireNonNull(lease, "lease");
        if (firstCheckAfter.isNegative() || firstCheckAfter.isZero() || maxBackoff.compareTo(firstCheckAfter) < 0) {
            throw new IllegalArgumentException("firstCheckAfter must be positive and not above maxBackoff");
        }
        if (budget < 1 || batchSize < 1) {
            throw new IllegalArgumentException("budget and batchSize must be at least 1");
        }
        if (requestedStaleAfter.isNegative()) {
            throw new IllegalArgumentException("requestedStaleAfter must not be negative");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
    }

    /**
     * dompet's defaults (those of {@code dompet.reconciliation.*}): the first check 5 s after an unknown outcome,
     * doubling up to 10 min, flagged for review after 12 checks, at most 50 top-ups a run; a {@code REQUESTED} or
     * {@code SENDING} top-up taken over after the longest a request can take, each check leased as {@code bounds} say.
     */
    public static ReconciliationPolicy standard(RequestBounds bounds) {
        return new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 12, bounds.longestRequest(),
                bounds.lease(), 50);
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

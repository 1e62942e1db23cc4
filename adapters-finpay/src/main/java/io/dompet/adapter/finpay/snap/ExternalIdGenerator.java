package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.transport.UniqueSuffixes;
import java.time.Clock;
import java.util.Objects;

/**
 * Fresh {@code X-EXTERNAL-ID}s: 31 ASCII digits (Finpay accepts at most 32), unique per day across instances —
 * 13 digits of epoch milliseconds, 6 digits of a per-instance counter and 12 random digits.
 */
final class ExternalIdGenerator {

    private final Clock clock;
    private final UniqueSuffixes suffixes = new UniqueSuffixes(12);

    ExternalIdGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    String next() {
        long millis = clock.millis() % 10_000_000_000_000L;
        return String.format("%013d", millis) + suffixes.next();
    }
}

package io.dompet.adapter.finpay.snap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh {@code X-EXTERNAL-ID}s: 31 ASCII digits (Finpay accepts at most 32), unique per day across instances —
 * 13 digits of epoch milliseconds, 6 digits of a per-instance counter and 12 random digits.
 */
final class ExternalIdGenerator {

    private static final long COUNTER_MODULUS = 1_000_000L;
    private static final long RANDOM_MODULUS = 1_000_000_000_000L;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong counter = new AtomicLong();

    ExternalIdGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    String next() {
        long millis = clock.millis() % 10_000_000_000_000L;
        long sequence = Math.floorMod(counter.getAndIncrement(), COUNTER_MODULUS);
        long noise = Math.floorMod(random.nextLong(), RANDOM_MODULUS);
        return String.format("%013d%06d%012d", millis, sequence, noise);
    }
}

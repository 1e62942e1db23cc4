package io.dompet.adapter.finpay.money;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh {@code transNumber}s for Get Token (the widget's comes from the application): 30 ASCII digits (Finpay
 * accepts at most 100), unique across instances — 14 digits of Jakarta time ({@code yyyyMMddHHmmss}, as in Finpay's
 * samples), 6 digits of a per-instance counter and 10 random digits.
 */
final class TransNumberGenerator {

    private static final long COUNTER_MODULUS = 1_000_000L;
    private static final long RANDOM_MODULUS = 10_000_000_000L;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong counter = new AtomicLong();

    TransNumberGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    String next() {
        long sequence = Math.floorMod(counter.getAndIncrement(), COUNTER_MODULUS);
        long noise = Math.floorMod(random.nextLong(), RANDOM_MODULUS);
        return MoneyTimes.reqDtime(clock.instant()) + String.format("%06d%010d", sequence, noise);
    }
}

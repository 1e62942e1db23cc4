package io.dompet.adapter.finpay.transport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Fresh identifiers of ASCII digits: a time prefix, then 6 digits of a per-instance counter (so ids made within one
 * clock tick differ) and a fixed number of random digits (so ids of different instances differ). Thread-safe.
 */
public final class FreshIds {

    private static final long COUNTER_MODULUS = 1_000_000L;

    private final SecureRandom random = new SecureRandom();
    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;
    private final Function<Instant, String> timePrefix;
    private final long randomModulus;
    private final String format;

    /**
     * @param timePrefix   the digits that start an id made at an instant
     * @param randomDigits how many random digits follow the counter, 1 to 18
     */
    public FreshIds(Clock clock, Function<Instant, String> timePrefix, int randomDigits) {
        if (randomDigits < 1 || randomDigits > 18) {
            throw new IllegalArgumentException("randomDigits must be 1 to 18");
        }
        this.clock = Objects.requireNonNull(clock);
        this.timePrefix = Objects.requireNonNull(timePrefix);
        long modulus = 1;
        for (int i = 0; i < randomDigits; i++) {
            modulus *= 10;
        }
        this.randomModulus = modulus;
        this.format = "%06d%0" + randomDigits + "d";
    }

    /** The time prefix of now followed by {@code 6 + randomDigits} digits. */
    public String next() {
        long sequence = Math.floorMod(counter.getAndIncrement(), COUNTER_MODULUS);
        long noise = Math.floorMod(random.nextLong(), randomModulus);
        return timePrefix.apply(clock.instant()) + String.format(format, sequence, noise);
    }
}

package io.dompet.adapter.finpay.transport;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tail of a fresh identifier, to follow a time prefix: 6 digits of a per-instance counter (so ids made within
 * one clock tick differ) and a fixed number of random digits (so ids of different instances differ). Thread-safe.
 */
public final class UniqueSuffixes {

    private static final long COUNTER_MODULUS = 1_000_000L;

    private final SecureRandom random = new SecureRandom();
    private final AtomicLong counter = new AtomicLong();
    private final long randomModulus;
    private final String format;

    /** @param randomDigits how many random digits follow the counter, 1 to 18 */
    public UniqueSuffixes(int randomDigits) {
        if (randomDigits < 1 || randomDigits > 18) {
            throw new IllegalArgumentException("randomDigits must be 1 to 18");
        }
        long modulus = 1;
        for (int i = 0; i < randomDigits; i++) {
            modulus *= 10;
        }
        this.randomModulus = modulus;
        this.format = "%06d%0" + randomDigits + "d";
    }

    /** {@code 6 + randomDigits} ASCII digits. */
    public String next() {
        long sequence = Math.floorMod(counter.getAndIncrement(), COUNTER_MODULUS);
        long noise = Math.floorMod(random.nextLong(), randomModulus);
        return String.format(format, sequence, noise);
    }
}

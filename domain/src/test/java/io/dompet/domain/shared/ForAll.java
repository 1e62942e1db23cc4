package io.dompet.domain.shared;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property against many generated samples from a seeded {@link Random}, so that a failure names the
 * sample and the seed that reproduces it ({@code -Ddompet.seed=…}). Without that system property the seed is
 * drawn fresh for each JVM run, so every build explores new samples.
 */
public final class ForAll {

    /** Samples per property unless a property asks for another number. */
    public static final int DEFAULT_TRIES = 2_000;

    private static final long SEED = Long.getLong("dompet.seed", new Random().nextLong());

    private ForAll() {
    }

    /** Checks {@code property} for {@link #DEFAULT_TRIES} samples of {@code generator}. */
    public static <T> void check(Function<Random, T> generator, Consumer<T> property) {
        check(DEFAULT_TRIES, generator, property);
    }

    /** Checks {@code property} for {@code tries} samples of {@code generator}. */
    public static <T> void check(int tries, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(SEED);
        for (int i = 1; i <= tries; i++) {
            T sample = generator.apply(random);
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("property failed on try " + i + " of " + tries + " for sample <"
                        + show(sample) + ">; reproduce with -Ddompet.seed=" + SEED
                        + "\n" + failure.getMessage(), failure);
            }
        }
    }

    /** The sample as text, arrays (also of primitives) element by element. */
    private static String show(Object sample) {
        String shown = Arrays.deepToString(new Object[] {sample});
        return shown.substring(1, shown.length() - 1);
    }

    /** One of {@code choices}, uniformly. */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A string of {@code length} ASCII digits. */
    public static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}

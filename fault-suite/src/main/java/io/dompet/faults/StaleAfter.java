package io.dompet.faults;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the smallest {@code dompet.reconciliation.requested-stale-after} dompet starts with, by asking dompet: it
 * starts with {@code 0s}; when dompet refuses that (it may insist on more than the longest request can take) and its
 * message names the property, the largest duration in the message is tried next, else the next step of a ladder. The
 * value found is kept for the rest of the run, so that every scenario reconciles as eagerly as dompet allows.
 */
final class StaleAfter {

    static final String PROPERTY = "dompet.reconciliation.requested-stale-after";
    private static final List<Duration> LADDER = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofSeconds(45), Duration.ofSeconds(60), Duration.ofSeconds(90),
            Duration.ofSeconds(120), Duration.ofSeconds(180), Duration.ofSeconds(300));
    private static final Pattern ISO = Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?");
    private static final Pattern PLAIN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|seconds?|minutes?)\\b");

    private static volatile Duration accepted;

    private StaleAfter() {
    }

    /** The value the last start accepted; {@code 0s} before any start. */
    static Duration accepted() {
        return accepted == null ? Duration.ZERO : accepted;
    }

    static void startWithSmallestAccepted(DompetProcess dompet, Stage stage) {
        Duration candidate = accepted();
        while (true) {
            dompet.set(PROPERTY, candidate.toMillis() + "ms");
            try {
                dompet.start(Stage.DOMPET_START);
                if (accepted == null || !accepted.equals(candidate)) {
                    stage.note(dompet.name() + " accepts " + PROPERTY + "=" + candidate.toMillis() + "ms");
                }
                accepted = candidate;
                return;
            } catch (DompetProcess.StartRefused refusal) {
                String output = refusal.output();
                if (!output.contains(PROPERTY) && !output.contains("requestedStaleAfter")) {
                    throw refusal;
                }
                Duration refused = candidate;
                Duration next = largestDurationNear(output).filter(found -> found.compareTo(refused) > 0)
                        .orElseGet(() -> nextStep(refused));
                stage.note(dompet.name() + " refused " + PROPERTY + "=" + candidate.toMillis() + "ms; trying "
                        + next.toMillis() + "ms");
                candidate = next;
            }
        }
    }

    private static Duration nextStep(Duration candidate) {
        return LADDER.stream().filter(step -> step.compareTo(candidate) > 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("dompet refuses every " + PROPERTY + " up to " + candidate));
    }

    /**
     * The largest duration written near the lines that name the property (from 3 lines before to 6 after, so that
     * Spring Boot's "Property: … / Value: … / Reason: …" block counts), rounded up to a whole second.
     */
    static Optional<Duration> largestDurationNear(String output) {
        Duration largest = null;
        String[] lines = output.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains(PROPERTY) && !lines[i].contains("requestedStaleAfter")) {
                continue;
            }
            for (int near = Math.max(0, i - 3); near < Math.min(lines.length, i + 7); near++) {
                for (Duration found : durations(lines[near])) {
                    largest = largest == null || found.compareTo(largest) > 0 ? found : largest;
                }
            }
        }
        if (largest == null || largest.isZero()) {
            return Optional.empty();
        }
        long seconds = (largest.toMillis() + 999) / 1000;
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static List<Duration> durations(String line) {
        java.util.ArrayList<Duration> found = new java.util.ArrayList<>();
        Matcher iso = ISO.matcher(line);
        while (iso.find()) {
            if (iso.group(1) == null && iso.group(2) == null && iso.group(3) == null) {
                continue;
            }
            long millis = 0;
            millis += iso.group(1) == null ? 0 : Long.parseLong(iso.group(1)) * 3_600_000;
            millis += iso.group(2) == null ? 0 : Long.parseLong(iso.group(2)) * 60_000;
            millis += iso.group(3) == null ? 0 : (long) (Double.parseDouble(iso.group(3)) * 1000);
            found.add(Duration.ofMillis(millis));
        }
        Matcher plain = PLAIN.matcher(line);
        while (plain.find()) {
            double value = Double.parseDouble(plain.group(1));
            String unit = plain.group(2);
            long millis = unit.equals("ms") ? (long) value
                    : unit.startsWith("m") ? (long) (value * 60_000) : (long) (value * 1000);
            found.add(Duration.ofMillis(millis));
        }
        return found;
    }
}

package io.dompet.sandbox.snap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code X-EXTERNAL-ID}s seen today (a Jakarta calendar day, by the sandbox's clock), on any endpoint.
 * Thread-safe; earlier days are forgotten.
 */
final class ExternalIds {

    private final Map<LocalDate, Set<String>> byDay = new ConcurrentHashMap<>();
    private final Clock clock;

    ExternalIds(Clock clock) {
        this.clock = clock;
    }

    /** Records {@code externalId}; false when it was already used today. */
    boolean firstUseToday(String externalId) {
        LocalDate today = LocalDate.now(clock.withZone(SnapTimestamps.JAKARTA));
        byDay.keySet().removeIf(day -> day.isBefore(today));
        return byDay.computeIfAbsent(today, day -> ConcurrentHashMap.newKeySet()).add(externalId);
    }
}

package io.dompet.sandbox.snap;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every top-up attempt the sandbox recorded, by {@code partnerReferenceNo}: processed (the account was credited)
 * or refused. A {@code partnerReferenceNo} is recorded at most once, atomically, so concurrent duplicates cannot
 * both be processed. Thread-safe.
 */
final class TopUpLedger {

    private final Map<String, Entry> byPartnerReference = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /**
     * One recorded attempt.
     *
     * @param sequence           the order in which attempts were recorded
     * @param partnerReferenceNo the merchant's reference
     * @param referenceNo        the sandbox's reference; {@code null} for a refused attempt
     * @param customerNumber     the full {@code 08…} number (sandbox test data)
     * @param amount             the amount asked for
     * @param processed          whether the account was credited
     * @param at                 when it was recorded
     */
    record Entry(long sequence, String partnerReferenceNo, String referenceNo, String customerNumber, Amount amount,
                 boolean processed, Instant at) {
    }

    /**
     * Records an attempt unless its {@code partnerReferenceNo} is already recorded.
     *
     * @return the recorded entry, or empty when the reference was already used (nothing recorded)
     */
    Optional<Entry> record(String partnerReferenceNo, String referenceNo, String customerNumber, Amount amount,
                           boolean processed, Instant at) {
        Entry entry = new Entry(sequence.incrementAndGet(), partnerReferenceNo, referenceNo, customerNumber, amount,
                processed, at);
        return byPartnerReference.putIfAbsent(partnerReferenceNo, entry) == null ? Optional.of(entry) : Optional.empty();
    }

    Optional<Entry> find(String partnerReferenceNo) {
        return Optional.ofNullable(byPartnerReference.get(partnerReferenceNo));
    }

    /** The processed top-ups, in the order they were recorded. */
    List<Entry> processed() {
        return byPartnerReference.values().stream()
                .filter(Entry::processed)
                .sorted(Comparator.comparingLong(Entry::sequence))
                .toList();
    }
}

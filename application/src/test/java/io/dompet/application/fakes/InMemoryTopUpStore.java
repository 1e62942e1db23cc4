package io.dompet.application.fakes;

import io.dompet.application.port.out.DuplicateTopUpException;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.StaleTopUpException;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpKind;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory top-up store with the real store's guarantees: unique idempotency key and partnerReferenceNo, and
 * optimistic locking on update. Thread-safe.
 */
public final class InMemoryTopUpStore implements LoadTopUpPort, SaveTopUpPort {

    private final Map<TopUpId, TopUp> topUps = new LinkedHashMap<>();

    @Override
    public synchronized TopUp insertTopUp(TopUp topUp) {
        for (TopUp existing : topUps.values()) {
            if (topUp.idempotencyKey().isPresent() && topUp.idempotencyKey().equals(existing.idempotencyKey())) {
                throw new DuplicateTopUpException("idempotency key already used");
            }
            if (topUp.partnerReferenceNo().isPresent() && topUp.partnerReferenceNo().equals(existing.partnerReferenceNo())) {
                throw new DuplicateTopUpException("partnerReferenceNo already used");
            }
            if (topUp.kind() != TopUpKind.DIRECT && existing.kind() != TopUpKind.DIRECT
                    && topUp.referenceNo().equals(existing.referenceNo())) {
                throw new DuplicateTopUpException("notified referenceNo already used");
            }
        }
        if (topUps.containsKey(topUp.id())) {
            throw new DuplicateTopUpException("id already used");
        }
        TopUp stored = topUp.withVersion(0);
        topUps.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized TopUp updateTopUp(TopUp topUp) {
        TopUp current = topUps.get(topUp.id());
        if (current == null || current.version() != topUp.version()) {
            throw new StaleTopUpException(topUp.id(), topUp.version());
        }
        TopUp stored = topUp.withVersion(topUp.version() + 1);
        topUps.put(stored.id(), stored);
        return stored;
    }

    /** Puts a top-up in as if stored earlier (any state), for setting up tests. */
    public synchronized TopUp given(TopUp topUp) {
        topUps.put(topUp.id(), topUp);
        return topUp;
    }

    @Override
    public synchronized Optional<TopUp> loadTopUp(TopUpId id) {
        return Optional.ofNullable(topUps.get(id));
    }

    @Override
    public synchronized Optional<TopUp> loadTopUpByIdempotencyKey(IdempotencyKey key) {
        return topUps.values().stream().filter(t -> t.idempotencyKey().equals(Optional.of(key))).findFirst();
    }

    @Override
    public synchronized List<TopUp> loadLatestTopUps(PhoneNumber customerNumber, int limit) {
        return topUps.values().stream().filter(t -> t.customerNumber().equals(customerNumber))
                .sorted(Comparator.comparing(TopUp::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<TopUp> loadTopUpsDueForCheck(Instant now, Instant requestedBefore, int limit) {
        return topUps.values().stream()
                .filter(t -> t.kind() == TopUpKind.DIRECT)
                .filter(t -> t.nextCheckAt().map(at -> !at.isAfter(now)).orElse(true))
                .filter(t -> t.status() == TopUpStatus.PENDING
                        || (t.status() == TopUpStatus.REQUESTED && t.createdAt().isBefore(requestedBefore)))
                .sorted(Comparator.comparing(t -> t.nextCheckAt().orElse(t.createdAt())))
                .limit(limit).toList();
    }

    public synchronized List<TopUp> all() {
        return List.copyOf(topUps.values());
    }
}

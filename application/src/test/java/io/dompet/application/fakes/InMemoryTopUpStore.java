package io.dompet.application.fakes;

import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.ListTopUpsPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpKind;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory top-up store with the real store's guarantees: unique client and idempotency key, unique
 * partnerReferenceNo, a {@link ApiClient#LEGACY} top-up's key matching every client,
 * optimistic locking on update, and the reconciler's leases; its "database clock" (touched times, leases, due checks)
 * is the clock it is given. Thread-safe.
 */
public final class InMemoryTopUpStore implements LoadTopUpPort, SaveTopUpPort, TopUpCheckLeasePort, ListTopUpsPort {

    private final Map<TopUpId, TopUp> topUps = new LinkedHashMap<>();
    private final Map<TopUpId, Instant> touchedAt = new HashMap<>();
    private final Map<TopUpId, Instant> leasedUntil = new HashMap<>();
    private final Clock databaseClock;
    private final CreditWalletPort wallets;
    private final List<TopUpId> postponed = new ArrayList<>();
    private long nextPartnerReferenceNo = 1;

    /** Credits the top-ups {@link #updateTopUpCreditingIfSucceeded} makes {@code SUCCEEDED} to {@code wallets}. */
    public InMemoryTopUpStore(Clock databaseClock, CreditWalletPort wallets) {
        this.databaseClock = databaseClock;
        this.wallets = wallets;
    }

    /** Credits succeeded top-ups to a wallet store of its own, which no test reads. */
    public InMemoryTopUpStore(Clock databaseClock) {
        this(databaseClock, new InMemoryWalletStore());
    }

    public InMemoryTopUpStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized TopUp insertTopUp(TopUp topUp) {
        for (TopUp existing : topUps.values()) {
            if (topUp.idempotencyKey().isPresent() && topUp.idempotencyKey().equals(existing.idempotencyKey())
                    && topUp.client().equals(existing.client())) {
                throw new DuplicateRecordException("idempotency key already used");
            }
            if (topUp.partnerReferenceNo().isPresent() && topUp.partnerReferenceNo().equals(existing.partnerReferenceNo())) {
                throw new DuplicateRecordException("partnerReferenceNo already used");
            }
            if (topUp.kind() != TopUpKind.DIRECT && existing.kind() != TopUpKind.DIRECT
                    && topUp.referenceNo().equals(existing.referenceNo())) {
                throw new DuplicateRecordException("notified referenceNo already used");
            }
        }
        if (topUps.containsKey(topUp.id())) {
            throw new DuplicateRecordException("id already used");
        }
        TopUp stored = topUp.withVersion(0);
        topUps.put(stored.id(), stored);
        touchedAt.put(stored.id(), databaseClock.instant());
        return stored;
    }

    /** Draws partnerReferenceNos {@code S000001}, {@code S000002}, … (not {@link SequentialReferences}' own). */
    @Override
    public synchronized Optional<TopUp> insertDirectTopUpUnlessKeyTaken(Function<PartnerReferenceNo, TopUp> requested) {
        TopUp topUp = requested.apply(new PartnerReferenceNo("S%06d".formatted(nextPartnerReferenceNo++)));
        boolean taken = topUps.values().stream()
                .anyMatch(existing -> existing.idempotencyKey().equals(topUp.idempotencyKey())
                        && (existing.client().equals(topUp.client())
                            || existing.client().equals(Optional.of(ApiClient.LEGACY))));
        return taken ? Optional.empty() : Optional.of(insertTopUp(topUp));
    }

    @Override
    public synchronized TopUp updateTopUp(TopUp topUp) {
        TopUp current = topUps.get(topUp.id());
        if (current == null || current.version() != topUp.version()) {
            throw new StaleRecordException("top-up", topUp.id(), topUp.version());
        }
        TopUp stored = topUp.withVersion(topUp.version() + 1);
        topUps.put(stored.id(), stored);
        touchedAt.put(stored.id(), databaseClock.instant());
        leasedUntil.remove(stored.id());
        return stored;
    }

    @Override
    public synchronized TopUp updateTopUpCreditingIfSucceeded(TopUp topUp) {
        TopUp stored = updateTopUp(topUp);
        if (stored.status() == TopUpStatus.SUCCEEDED) {
            wallets.creditWallet(stored.customerNumber(), stored.customerName().orElse(null), stored.amount());
        }
        return stored;
    }

    /** Puts a top-up in as if stored earlier (any state), for setting up tests. */
    public synchronized TopUp given(TopUp topUp) {
        topUps.put(topUp.id(), topUp);
        touchedAt.put(topUp.id(), databaseClock.instant());
        return topUp;
    }

    @Override
    public synchronized Optional<TopUp> loadTopUp(TopUpId id) {
        return Optional.ofNullable(topUps.get(id));
    }

    @Override
    public synchronized Optional<TopUp> loadTopUpByIdempotencyKey(ApiClient client, IdempotencyKey key) {
        return topUps.values().stream()
                .filter(t -> t.idempotencyKey().equals(Optional.of(key)))
                .filter(t -> t.client().equals(Optional.of(client)) || t.client().equals(Optional.of(ApiClient.LEGACY)))
                .findFirst();
    }

    @Override
    public synchronized List<TopUp> loadLatestTopUps(PhoneNumber customerNumber, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return topUps.values().stream().filter(t -> t.customerNumber().equals(customerNumber))
                .sorted(Comparator.comparing(TopUp::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Optional<TopUp> leaseNextTopUpDueForCheck(Duration staleAfter, Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        Instant now = databaseClock.instant();
        Optional<TopUp> next = topUps.values().stream()
                .filter(t -> t.kind() == TopUpKind.DIRECT && !t.status().isFinal())
                .filter(t -> t.nextCheckAt().map(at -> !at.isAfter(now)).orElse(true))
                .filter(t -> t.status() == TopUpStatus.PENDING
                        || touchedAt.get(t.id()).isBefore(now.minus(staleAfter)))
                .filter(t -> !leasedUntil.getOrDefault(t.id(), Instant.MIN).isAfter(now))
                .min(Comparator.comparing((TopUp t) -> t.nextCheckAt().orElse(t.createdAt())));
        next.ifPresent(t -> leasedUntil.put(t.id(), now.plus(lease)));
        return next;
    }

    @Override
    public synchronized Optional<TopUp> leaseTopUp(TopUpId id, Duration lease) {
        Instant now = databaseClock.instant();
        TopUp current = topUps.get(id);
        if (current == null || current.kind() != TopUpKind.DIRECT || current.status().isFinal()
                || leasedUntil.getOrDefault(id, Instant.MIN).isAfter(now)) {
            return Optional.empty();
        }
        leasedUntil.put(id, now.plus(lease));
        return Optional.of(current);
    }

    private static final Comparator<TopUp> NEWEST_FIRST = Comparator.comparing(TopUp::createdAt)
            .thenComparing(t -> t.id().value()).reversed();

    @Override
    public synchronized List<TopUp> listTopUps(TopUpFilter filter, PageCursor after, int limit) {
        return topUps.values().stream()
                .filter(t -> filter.status() == null || t.status() == filter.status())
                .filter(t -> filter.needsReview() == null || t.needsReview() == filter.needsReview())
                .filter(t -> filter.customerNumber() == null || t.customerNumber().equals(filter.customerNumber()))
                .filter(t -> filter.createdFrom() == null || !t.createdAt().isBefore(filter.createdFrom()))
                .filter(t -> filter.createdTo() == null || t.createdAt().isBefore(filter.createdTo()))
                .filter(t -> filter.referenceNo() == null || t.referenceNo().equals(Optional.of(filter.referenceNo())))
                .filter(t -> filter.idempotencyKey() == null
                        || (t.idempotencyKey().equals(Optional.of(filter.idempotencyKey()))
                            && (t.client().equals(Optional.of(filter.client()))
                                || t.client().equals(Optional.of(ApiClient.LEGACY)))))
                .filter(t -> after == null || t.createdAt().isBefore(after.createdAt())
                        || (t.createdAt().equals(after.createdAt()) && t.id().value().compareTo(after.id()) < 0))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void releaseLease(TopUpId id) {
        leasedUntil.remove(id);
    }

    @Override
    public synchronized void postponeCheck(TopUpId id, Duration delay) {
        TopUp current = topUps.get(id);
        if (current != null && !current.status().isFinal()) {
            // as the real statement: next_check_at moves, nothing else of the top-up changes, the version stays
            topUps.put(id, withNextCheckAt(current, databaseClock.instant().plus(delay)));
            postponed.add(id);
        }
        leasedUntil.remove(id);
    }

    private static TopUp withNextCheckAt(TopUp t, Instant nextCheckAt) {
        return TopUp.reconstitute(t.id(), t.kind(), t.status(), t.customerNumber(), t.amount(),
                t.partnerReferenceNo().orElse(null), t.client().orElse(null), t.idempotencyKey().orElse(null),
                t.channel().orElse(null),
                t.customerName().orElse(null), t.fee().orElse(null), t.feeType().orElse(null),
                t.referenceNo().orElse(null), t.failure().orElse(null), t.needsReview(), t.reviewReason().orElse(null),
                t.checkAttempts(), nextCheckAt, t.createdAt(), t.updatedAt(), t.version());
    }

    /** True while {@code id} is leased to a reconciler. */
    public synchronized boolean isLeased(TopUpId id) {
        return leasedUntil.getOrDefault(id, Instant.MIN).isAfter(databaseClock.instant());
    }

    /** The top-ups whose check was postponed after it broke, in order. */
    public synchronized List<TopUpId> postponed() {
        return List.copyOf(postponed);
    }

    public synchronized List<TopUp> all() {
        return List.copyOf(topUps.values());
    }
}

package io.dompet.application.fakes;

import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.out.NotificationConflictPort;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUpNotification;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * In-memory notification conflicts with the real store's guarantees: one per distinct content, optimistic locking on
 * acknowledgement; its "database clock" is the clock it is given. Thread-safe.
 */
public final class InMemoryNotificationConflicts implements NotificationConflictPort {

    private final Map<UUID, NotificationConflict> conflicts = new LinkedHashMap<>();
    private final Clock databaseClock;

    public InMemoryNotificationConflicts(Clock databaseClock) {
        this.databaseClock = databaseClock;
    }

    @Override
    public synchronized void recordConflict(TopUpNotification refused) {
        boolean known = conflicts.values().stream().anyMatch(c -> c.referenceNo().equals(refused.referenceNo())
                && c.customerNumber().equals(refused.phoneNo()) && c.amount().equals(refused.amount())
                && c.channel().equals(refused.channel()));
        if (!known) {
            UUID id = UUID.randomUUID();
            conflicts.put(id, new NotificationConflict(id, refused.referenceNo(), refused.phoneNo(), refused.amount(),
                    refused.channel(), databaseClock.instant(), null, null, 0));
        }
    }

    @Override
    public synchronized Optional<NotificationConflict> loadConflict(UUID id) {
        return Optional.ofNullable(conflicts.get(id));
    }

    @Override
    public synchronized List<NotificationConflict> listConflicts(@Nullable Boolean acknowledged,
                                                                 @Nullable PageCursor after, int limit) {
        return conflicts.values().stream()
                .filter(c -> acknowledged == null || c.isAcknowledged() == acknowledged)
                .filter(c -> after == null || c.receivedAt().isBefore(after.createdAt())
                        || (c.receivedAt().equals(after.createdAt()) && c.id().compareTo(after.id()) < 0))
                .sorted(Comparator.comparing(NotificationConflict::receivedAt)
                        .thenComparing(NotificationConflict::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized NotificationConflict acknowledge(NotificationConflict conflict, ApiClient by) {
        NotificationConflict current = conflicts.get(conflict.id());
        if (current == null || current.version() != conflict.version()) {
            throw new StaleRecordException("notification conflict", conflict.id(), conflict.version());
        }
        NotificationConflict acknowledged = new NotificationConflict(current.id(), current.referenceNo(),
                current.customerNumber(), current.amount(), current.channel(), current.receivedAt(),
                databaseClock.instant(), by, current.version() + 1);
        conflicts.put(current.id(), acknowledged);
        return acknowledged;
    }

    public synchronized List<NotificationConflict> all() {
        return List.copyOf(conflicts.values());
    }
}

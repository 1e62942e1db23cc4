package io.dompet.application.fakes;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.NotificationInboxPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory notification inbox with the real one's unique {@code referenceNo} and one entry per top-up at most. */
public final class InMemoryNotificationInbox implements NotificationInboxPort {

    private final Map<String, InboxEntry> entries = new ConcurrentHashMap<>();

    @Override
    public synchronized void recordNotification(InboxEntry entry) {
        if (entries.containsKey(entry.referenceNo())) {
            throw new DuplicateRecordException("a notification with this Finpay referenceNo is already in the inbox");
        }
        if (entries.values().stream().anyMatch(stored -> stored.topUpId().equals(entry.topUpId()))) {
            throw new DuplicateRecordException("a notification for this top-up is already in the inbox");
        }
        entries.put(entry.referenceNo(), entry);
    }

    @Override
    public Optional<InboxEntry> loadNotification(String referenceNo) {
        return Optional.ofNullable(entries.get(referenceNo));
    }

    public List<InboxEntry> all() {
        return List.copyOf(entries.values());
    }
}

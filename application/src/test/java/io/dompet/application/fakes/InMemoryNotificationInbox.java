package io.dompet.application.fakes;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.NotificationInboxPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory notification inbox with the real one's unique {@code referenceNo}. */
public final class InMemoryNotificationInbox implements NotificationInboxPort {

    private final Map<String, InboxEntry> entries = new ConcurrentHashMap<>();

    @Override
    public void recordNotification(InboxEntry entry) {
        if (entries.putIfAbsent(entry.referenceNo(), entry) != null) {
            throw new DuplicateRecordException("referenceNo already in the inbox");
        }
    }

    @Override
    public Optional<InboxEntry> loadNotification(String referenceNo) {
        return Optional.ofNullable(entries.get(referenceNo));
    }

    public List<InboxEntry> all() {
        return List.copyOf(entries.values());
    }
}

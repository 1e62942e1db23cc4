package io.dompet.sandbox.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every notification the sandbox triggered, in order, for the sandbox's lifetime. Thread-safe. */
final class SentNotifications {

    private final List<SentNotification> notifications = new CopyOnWriteArrayList<>();

    void add(SentNotification notification) {
        notifications.add(notification);
    }

    List<SentNotification> all() {
        return List.copyOf(notifications);
    }
}

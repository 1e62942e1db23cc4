package io.dompet.sandbox.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One delivery of a notification (one copy), with its attempts so far. Thread-safe. */
final class Delivery {

    private final int number;
    private final List<DeliveryAttempt> attempts = new CopyOnWriteArrayList<>();
    private volatile DeliveryState state = DeliveryState.PENDING;

    Delivery(int number) {
        this.number = number;
    }

    /** 1-based, in the order deliveries were planned (the second round follows the first). */
    int number() {
        return number;
    }

    List<DeliveryAttempt> attempts() {
        return List.copyOf(attempts);
    }

    DeliveryState state() {
        return state;
    }

    void record(DeliveryAttempt attempt) {
        attempts.add(attempt);
    }

    void finish(DeliveryState finalState) {
        state = finalState;
    }

    /** The HTTP status of the last attempt; {@code null} before any answer or when the last attempt got none. */
    Integer lastStatus() {
        List<DeliveryAttempt> all = attempts();
        return all.isEmpty() ? null : all.get(all.size() - 1).status();
    }
}

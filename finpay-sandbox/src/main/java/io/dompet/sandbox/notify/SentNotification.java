package io.dompet.sandbox.notify;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.dompet.sandbox.config.NotifyVariant;

/**
 * One notification the sandbox sends: its body, serialized once (every delivery and attempt sends exactly these
 * bytes), the callback URL it goes to, and its deliveries.
 *
 * @param notification     what the body says
 * @param body             the exact bytes sent
 * @param bodyDigest       lower-case hex SHA-256 of the body as the {@link NotifyVariant.StringToSign} hashes it
 *                         (signed on every attempt)
 * @param callbackUrl      where it is delivered (the URL configured when it was triggered)
 * @param createdAt        when it was triggered
 * @param concurrentCopies copies delivered at once per round
 * @param deliveries       every planned delivery: round one, then round two when delivered twice
 */
record SentNotification(TopUpNotification notification, byte[] body, String bodyDigest, URI callbackUrl,
                        Instant createdAt, int concurrentCopies, List<Delivery> deliveries) {

    static SentNotification of(TopUpNotification notification, byte[] body, NotifyVariant.StringToSign recipe,
                               URI callbackUrl, Instant createdAt, NotificationOrder order) {
        List<Delivery> deliveries = IntStream.rangeClosed(1, order.deliveries()).mapToObj(Delivery::new).toList();
        return new SentNotification(notification, body.clone(), NotificationSignature.bodyDigest(body, recipe), callbackUrl,
                createdAt, order.concurrentCopies(), deliveries);
    }

    String referenceNo() {
        return notification.referenceNo();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The deliveries of one round (1 or 2). */
    List<Delivery> round(int round) {
        int from = (round - 1) * concurrentCopies;
        return from >= deliveries.size() ? List.of() : deliveries.subList(from, from + concurrentCopies);
    }

    /** {@code PENDING} while any delivery is; else {@code GAVE_UP} when any gave up; else {@code DELIVERED}. */
    DeliveryState state() {
        if (deliveries.stream().anyMatch(delivery -> delivery.state() == DeliveryState.PENDING)) {
            return DeliveryState.PENDING;
        }
        return deliveries.stream().anyMatch(delivery -> delivery.state() == DeliveryState.GAVE_UP)
                ? DeliveryState.GAVE_UP : DeliveryState.DELIVERED;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "SentNotification[" + referenceNo() + ", " + deliveries.size() + " deliveries]";
    }
}

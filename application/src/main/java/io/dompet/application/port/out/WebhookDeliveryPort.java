package io.dompet.application.port.out;

import io.dompet.domain.event.WebhookDelivery;
import io.dompet.domain.event.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook deliveries as rows: scheduled per (event, endpoint), claimed by one instance at a time under a lease, their
 * attempts recorded. No method holds a transaction across a POST: a caller claims, commits, POSTs, then records.
 */
public interface WebhookDeliveryPort {

    /**
     * Schedules a delivery to each endpoint for every event of its types written since the endpoint was last fanned
     * out (an endpoint seen for the first time starts at the end of the log); concurrent callers schedule each once.
     *
     * @return the number of deliveries scheduled
     */
    int fanOut(List<Endpoint> endpoints);

    /**
     * Leases the next due {@code PENDING} delivery whose endpoint has no earlier pending delivery for the same
     * resource, or empty; a delivery under an unexpired lease is never returned, so two instances never attempt one
     * delivery at once.
     */
    Optional<ClaimedDelivery> claimNext(Duration lease);

    /** Records an attempt's outcome, if the claim's lease is still the delivery's (else nothing is written). */
    void recordAttempt(ClaimedDelivery claimed, Attempt attempt);

    /** Schedules a new round of {@code eventId} to each of {@code endpoints} whose types match it. */
    int redeliver(String eventId, EventType type, List<Endpoint> endpoints);

    List<WebhookDelivery> listDeliveries(Optional<String> endpoint, Optional<WebhookDelivery.Status> status,
                                               int limit);

    /**
     * A configured endpoint: its name and the event types it takes (all when empty).
     */
    record Endpoint(String name, Set<EventType> types) {

        public Endpoint {
            types = Set.copyOf(types);
        }

        public boolean takes(EventType type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    /**
     * A leased delivery.
     *
     * @param age how long ago the delivery was scheduled, on PostgreSQL's clock
     */
    record ClaimedDelivery(long id, String eventId, String endpoint, int attempts, Duration age, UUID leaseToken) {
    }

    /** The outcome of one POST. */
    sealed interface Attempt {
        Optional<Integer> httpStatus();
    }

    /** The endpoint answered 2xx. */
    record Delivered(Optional<Integer> httpStatus) implements Attempt {
    }

    /** It did not; try again after {@code retryAfter}. */
    record Retry(Optional<Integer> httpStatus, String error, Duration retryAfter) implements Attempt {
    }

    /** It did not, and the retries are spent. */
    record GaveUp(Optional<Integer> httpStatus, String error) implements Attempt {
    }
}

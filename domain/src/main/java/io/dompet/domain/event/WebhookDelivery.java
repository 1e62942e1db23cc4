package io.dompet.domain.event;

import java.time.Instant;
import java.util.Optional;

/**
 * One delivery of an event to a webhook endpoint, with its attempts so far.
 *
 * @param id             the delivery's number
 * @param eventId        the event delivered
 * @param endpoint       the endpoint's configured name
 * @param round          1 for the first delivery of the event to the endpoint, then one more per redelivery
 * @param status         where it stands
 * @param attempts       POSTs made so far
 * @param lastHttpStatus the status the endpoint last answered, if it answered
 * @param lastError      why the last attempt failed (no secrets, no body), if it did
 * @param nextAttemptAt  when the next attempt is due, while {@code PENDING}
 * @param createdAt      when the delivery was scheduled
 * @param updatedAt      when it last changed
 */
public record WebhookDelivery(long id, String eventId, String endpoint, int round, Status status, int attempts,
                                    Optional<Integer> lastHttpStatus, Optional<String> lastError,
                                    Optional<Instant> nextAttemptAt, Instant createdAt, Instant updatedAt) {

    /** {@code PENDING} until the endpoint answered 2xx ({@code DELIVERED}) or the retries ran out ({@code FAILED}). */
    public enum Status {
        PENDING, DELIVERED, FAILED
    }
}

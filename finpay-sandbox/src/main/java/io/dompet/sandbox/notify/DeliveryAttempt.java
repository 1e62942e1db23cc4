package io.dompet.sandbox.notify;

import java.time.Instant;

/**
 * One attempt to deliver a notification.
 *
 * @param attempt        1 for the first
 * @param externalId     the {@code X-EXTERNAL-ID} it carried (fresh per attempt)
 * @param status         the merchant's HTTP status; {@code null} when there was no answer
 * @param responseCode   the {@code responseCode} of the merchant's JSON answer, when it had one; else {@code null}
 * @param error          what went wrong when there was no answer (e.g. {@code ConnectException: Connection refused})
 * @param at             when it started
 * @param durationMillis how long it took
 */
record DeliveryAttempt(int attempt, String externalId, Integer status, String responseCode, String error, Instant at,
                       long durationMillis) {

    boolean succeeded() {
        return status != null && status >= 200 && status <= 299;
    }
}

package io.dompet.adapter.web.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.domain.event.WebhookDelivery;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of an event to a webhook endpoint.
 *
 * @param id             the delivery's number
 * @param eventId        the event delivered (its {@code webhook-id})
 * @param endpoint       the endpoint's name under {@code dompet.webhooks}
 * @param round          1 for the first delivery, one more per redelivery
 * @param status         {@code PENDING}, {@code DELIVERED} (a 2xx came) or {@code FAILED} (retries spent)
 * @param attempts       POSTs made so far
 * @param lastHttpStatus the status last answered; null when none came
 * @param lastError      why the last attempt failed; null after a success
 * @param nextAttemptAt  when the next attempt is due, while {@code PENDING}
 * @param createdAt      when the delivery was scheduled
 * @param updatedAt      when it last changed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "eventId", "endpoint", "round", "status", "attempts", "lastHttpStatus", "lastError",
        "nextAttemptAt", "createdAt", "updatedAt"})
public record WebhookDeliveryResponse(
        long id, String eventId, String endpoint, int round,
        @Schema(allowableValues = {"PENDING", "DELIVERED", "FAILED"}) String status,
        int attempts,
        @Schema(nullable = true) @Nullable Integer lastHttpStatus,
        @Schema(nullable = true) @Nullable String lastError,
        @Schema(nullable = true, format = "date-time") @Nullable String nextAttemptAt,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time") String updatedAt) {

    static WebhookDeliveryResponse of(WebhookDelivery delivery) {
        return new WebhookDeliveryResponse(delivery.id(), delivery.eventId(), delivery.endpoint(), delivery.round(),
                delivery.status().name(), delivery.attempts(), delivery.lastHttpStatus().orElse(null),
                delivery.lastError().orElse(null), delivery.nextAttemptAt().map(Object::toString).orElse(null),
                delivery.createdAt().toString(), delivery.updatedAt().toString());
    }
}

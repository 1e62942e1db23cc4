package io.dompet.autoconfigure.properties;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.webhook-delivery.*}: how webhooks are delivered. Every {@code interval} each instance schedules the new
 * events' deliveries and makes up to {@code batch-size} due attempts, each bounded by {@code timeout}; a failed
 * attempt is retried {@code first-retry} later, then after doubling waits up to {@code max-interval}, until the
 * delivery is {@code give-up-after} old; then it is {@code FAILED}.
 */
@Validated
@ConfigurationProperties("dompet.webhook-delivery")
public record WebhookDeliveryProperties(
        @DefaultValue("1s") Duration interval,
        @DefaultValue("5s") Duration firstRetry,
        @DefaultValue("5h") Duration maxInterval,
        @DefaultValue("3d") Duration giveUpAfter,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize) {
}

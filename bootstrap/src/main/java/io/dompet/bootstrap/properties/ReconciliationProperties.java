package io.dompet.bootstrap.properties;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.reconciliation.*}: the scheduled settlement of top-ups whose outcome is unknown. Every
 * {@code interval} one dompet instance (a ShedLock lock in PostgreSQL decides which) runs the status inquiry for the
 * due top-ups: the first check {@code first-check-after} the unknown answer, then doubling up to {@code max-backoff};
 * after {@code budget} checks without an outcome a top-up is flagged for review. {@code REQUESTED} top-ups older than
 * {@code requested-stale-after} (left by a crash) are checked too.
 */
@Validated
@ConfigurationProperties("dompet.reconciliation")
public record ReconciliationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration interval,
        @DefaultValue("5s") Duration firstCheckAfter,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("12") @Min(1) @Max(1000) int budget,
        @DefaultValue("1m") Duration requestedStaleAfter,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize) {
}

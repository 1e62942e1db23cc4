package io.dompet.autoconfigure.properties;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.reconciliation.*}: the scheduled settlement of top-ups whose outcome is unknown. Every
 * {@code interval} each dompet instance runs the status inquiry for up to {@code batch-size} due top-ups, leased one
 * at a time so that no two instances check the same one: the first check {@code first-check-after} the unknown
 * answer, then doubling up to {@code max-backoff}; after {@code budget} checks without an outcome a top-up is flagged
 * for review. {@code REQUESTED} and {@code SENDING} top-ups untouched for {@code requested-stale-after} (by the
 * database's clock; their request is gone) are checked too. Unset, {@code requested-stale-after} is the longest a
 * request can take, derived from the SNAP timeouts; shorter is refused at start-up (see {@code ReconciliationTimings}).
 */
@Validated
@ConfigurationProperties("dompet.reconciliation")
public record ReconciliationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration interval,
        @DefaultValue("5s") Duration firstCheckAfter,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("12") @Min(1) @Max(1000) int budget,
        @Nullable Duration requestedStaleAfter,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize) {
}

package io.dompet.autoconfigure;

import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.application.service.RequestBounds;
import io.dompet.autoconfigure.properties.ReconciliationProperties;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link RequestBounds} (the rule: the longest a top-up request can take, and the reconciler's lease) for the configured
 * {@code dompet.finpay.snap.*} timeouts and database pool wait, with the derivation spelled out in configuration terms,
 * so that a {@code dompet.reconciliation.requested-stale-after} shorter than the longest request is refused at start-up
 * saying why.
 */
record ReconciliationTimings(Duration longestRequest, Duration lease, String derivation) {

    static final String STALE_AFTER_PROPERTY = "dompet.reconciliation.requested-stale-after";
    /** Hikari's default {@code connectionTimeout}, when {@code spring.datasource.hikari.connection-timeout} is unset. */
    static final Duration DEFAULT_POOL_WAIT = Duration.ofSeconds(30);

    static ReconciliationTimings of(SnapProperties snap, Duration poolWait) {
        RequestBounds bounds = RequestBounds.of(snap.connectTimeout(), snap.readTimeout(), poolWait);
        String derivation = RequestBounds.SNAP_CALLS_PER_TOP_UP + " SNAP calls × " + RequestBounds.EXCHANGES_PER_SNAP_CALL
                + " HTTP exchanges × (" + SnapProperties.PREFIX + ".connect-timeout " + snap.connectTimeout().toMillis()
                + "ms + read-timeout " + snap.readTimeout().toMillis() + "ms) + a database connection wait of "
                + poolWait.toMillis() + "ms";
        return new ReconciliationTimings(bounds.longestRequest(), bounds.lease(), derivation);
    }

    /** The policy {@code properties} configure, with these timings. */
    ReconciliationPolicy policy(ReconciliationProperties properties) {
        return new ReconciliationPolicy(properties.firstCheckAfter(), properties.maxBackoff(), properties.budget(),
                requestedStaleAfter(properties.requestedStaleAfter()), lease, properties.batchSize());
    }

    /**
     * {@code configured}, or {@link #longestRequest} when it is not set.
     *
     * @throws InvalidConfigurationException when {@code configured} is shorter than {@link #longestRequest}
     */
    Duration requestedStaleAfter(@Nullable Duration configured) {
        if (configured == null) {
            return longestRequest;
        }
        if (configured.compareTo(longestRequest) < 0) {
            throw new InvalidConfigurationException(List.of(STALE_AFTER_PROPERTY), STALE_AFTER_PROPERTY + " is "
                    + configured.toSeconds() + "s, shorter than the longest a top-up request can take: at least "
                    + longestRequest.toSeconds() + "s (" + derivation + "); with a shorter one the reconciler takes"
                    + " over top-ups whose request is still running. Set it to at least " + longestRequest.toSeconds()
                    + "s, or leave it unset");
        }
        return configured;
    }
}

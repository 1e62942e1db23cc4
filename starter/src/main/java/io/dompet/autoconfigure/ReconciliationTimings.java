package io.dompet.autoconfigure;

import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.autoconfigure.properties.SnapProperties;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The two durations the reconciler's safety rests on, derived from the settings that bound them, so that the
 * defaults always fit the configured timeouts:
 * <ul>
 *   <li>{@code longestRequest}: the longest a direct top-up request can hold its top-up between two writes, and so
 *       the least {@code dompet.reconciliation.requested-stale-after} may be (the default); shorter would let the
 *       reconciler take a top-up whose request is still running;</li>
 *   <li>{@code lease}: how long a reconciler holds the top-up it checks, longer than one status inquiry can take.</li>
 * </ul>
 * One HTTP exchange with Finpay takes at most {@code connect-timeout + read-timeout} (the read timeout bounds the
 * whole exchange). One SNAP call is at worst {@value #EXCHANGES_PER_SNAP_CALL} exchanges (see the SNAP adapter's
 * {@code SnapTransport}): the access token, the call, a new token and the resend after {@code 401xx01}/{@code 401xx03},
 * and the resend after {@code 409xx00}. A direct top-up makes {@value #SNAP_CALLS_PER_TOP_UP} calls (account
 * inquiry, top-up), a status check one. Each adds one wait for a database connection (Hikari's connection timeout).
 * Both are rounded up to whole seconds.
 */
record ReconciliationTimings(Duration longestRequest, Duration lease, String derivation) {

    static final String STALE_AFTER_PROPERTY = "dompet.reconciliation.requested-stale-after";
    static final int EXCHANGES_PER_SNAP_CALL = 5;
    static final int SNAP_CALLS_PER_TOP_UP = 2;
    /** Hikari's default {@code connectionTimeout}, when {@code spring.datasource.hikari.connection-timeout} is unset. */
    static final Duration DEFAULT_POOL_WAIT = Duration.ofSeconds(30);

    static ReconciliationTimings of(SnapProperties snap, Duration poolWait) {
        Duration exchange = snap.connectTimeout().plus(snap.readTimeout());
        Duration snapCall = exchange.multipliedBy(EXCHANGES_PER_SNAP_CALL);
        String derivation = SNAP_CALLS_PER_TOP_UP + " SNAP calls × " + EXCHANGES_PER_SNAP_CALL + " HTTP exchanges × ("
                + SnapProperties.PREFIX + ".connect-timeout " + snap.connectTimeout().toMillis() + "ms + read-timeout "
                + snap.readTimeout().toMillis() + "ms) + a database connection wait of " + poolWait.toMillis() + "ms";
        return new ReconciliationTimings(roundUp(snapCall.multipliedBy(SNAP_CALLS_PER_TOP_UP).plus(poolWait)),
                roundUp(snapCall.plus(poolWait)), derivation);
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

    private static Duration roundUp(Duration duration) {
        Duration seconds = Duration.ofSeconds(duration.toSeconds());
        return seconds.equals(duration) ? seconds : seconds.plusSeconds(1);
    }
}

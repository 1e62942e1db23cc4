package io.dompet.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The two durations the reconciler's safety rests on, derived from the timeouts that bound them, so that they always
 * fit the configured timeouts; the one place this rule lives (dompet's auto-configuration and a plain-Java wiring both
 * use it):
 * <ul>
 *   <li>{@code longestRequest}: the longest a direct top-up request can hold its top-up between two writes, and so the
 *       least {@link ReconciliationPolicy#requestedStaleAfter()} may be; shorter would let the reconciler take a top-up
 *       whose request is still running;</li>
 *   <li>{@code lease}: how long a reconciler holds the top-up it checks, longer than one status inquiry can take.</li>
 * </ul>
 * One HTTP exchange with Finpay takes at most {@code connectTimeout + readTimeout} (the read timeout bounds the whole
 * exchange). One SNAP call is at worst {@value #EXCHANGES_PER_SNAP_CALL} exchanges (the SNAP adapter's transport: the
 * access token, the call, a new token and the resend after {@code 401xx01}/{@code 401xx03}, and the resend after
 * {@code 409xx00}). A direct top-up makes {@value #SNAP_CALLS_PER_TOP_UP} calls (account inquiry, top-up), a status
 * check one. Each adds one wait for a database connection ({@code poolWait}). Both are rounded up to whole seconds.
 */
public record RequestBounds(Duration longestRequest, Duration lease) {

    public static final int EXCHANGES_PER_SNAP_CALL = 5;
    public static final int SNAP_CALLS_PER_TOP_UP = 2;

    public RequestBounds {
        Objects.requireNonNull(longestRequest, "longestRequest");
        Objects.requireNonNull(lease, "lease");
    }

    /** The bounds for SNAP calls with these timeouts and a database pool that makes a caller wait {@code poolWait} at most. */
    public static RequestBounds of(Duration connectTimeout, Duration readTimeout, Duration poolWait) {
        Duration snapCall = connectTimeout.plus(readTimeout).multipliedBy(EXCHANGES_PER_SNAP_CALL);
        return new RequestBounds(roundUp(snapCall.multipliedBy(SNAP_CALLS_PER_TOP_UP).plus(poolWait)),
                roundUp(snapCall.plus(poolWait)));
    }

    private static Duration roundUp(Duration duration) {
        Duration seconds = Duration.ofSeconds(duration.toSeconds());
        return seconds.equals(duration) ? seconds : seconds.plusSeconds(1);
    }
}

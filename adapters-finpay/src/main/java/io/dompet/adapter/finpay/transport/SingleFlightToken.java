package io.dompet.adapter.finpay.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A token cached until the moment its source says to stop using it.
 *
 * <p>One refresh at a time: concurrent callers that find no valid token wait for the same request and share its
 * token or its failure. {@link #invalidate(Object)} drops a token Finpay rejected — only if it is still the cached
 * one, so many callers rejected at once cause one refresh. Thread-safe.
 *
 * <p>Waiting is bounded: a caller waits at most {@code maxWait} for a refresh another caller runs, then gives up with
 * {@link TokenUnavailableException}; and a refresh running for longer than {@code maxWait} no longer holds the
 * others back: the next caller starts a new one. So a stuck refresher cannot freeze every Finpay call behind it.
 *
 * @param <T> the token; its {@code equals} decides whether an invalidated token is the cached one
 */
public final class SingleFlightToken<T> {

    /** The most a token is refreshed before it expires, for SNAP's access token and Finpay Money's token alike. */
    public static final Duration MAX_MARGIN = Duration.ofSeconds(60);

    private final Clock clock;
    private final Supplier<Fresh<T>> source;
    private final String requestName;
    private final long maxWaitNanos;

    private final Object lock = new Object();
    private @Nullable Fresh<T> cached;
    private @Nullable CompletableFuture<Fresh<T>> refreshing;
    private long refreshStartedNanos;

    /**
     * @param source      asks Finpay for a new token; throws {@link TokenUnavailableException} when it gets none
     * @param requestName names the request in the message of an unexpected failure ({@code "<name> failed (…)"})
     * @param maxWait     the longest a caller waits for a refresh another caller runs: the longest one token request
     *                    may take (connect plus read timeout)
     */
    public SingleFlightToken(Clock clock, Supplier<Fresh<T>> source, String requestName, Duration maxWait) {
        this.clock = Objects.requireNonNull(clock);
        this.source = Objects.requireNonNull(source);
        this.requestName = Objects.requireNonNull(requestName);
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive");
        }
        this.maxWaitNanos = maxWait.toNanos();
    }

    /**
     * When to stop using a token asked for at {@code askedAt} that expires at {@code expiry}: {@code expiry} minus a
     * margin of min({@link #MAX_MARGIN}, 10 % of the lifetime between the two).
     */
    public static Instant refreshAt(Instant askedAt, Instant expiry) {
        Duration tenth = Duration.between(askedAt, expiry).dividedBy(10);
        return expiry.minus(tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN);
    }

    /**
     * A valid token, from the cache or from one shared refresh.
     *
     * @throws TokenUnavailableException if Finpay gave none, or another caller's refresh gave none within
     *                                   {@code maxWait}
     */
    public T current() {
        CompletableFuture<Fresh<T>> refresh;
        boolean mine = false;
        synchronized (lock) {
            Fresh<T> token = cached;
            if (token != null && clock.instant().isBefore(token.refreshAt())) {
                return token.value();
            }
            if (refreshing == null || System.nanoTime() - refreshStartedNanos > maxWaitNanos) {
                refreshing = new CompletableFuture<>();
                refreshStartedNanos = System.nanoTime();
                mine = true;
            }
            refresh = refreshing;
        }
        if (mine) {
            refreshInto(refresh);
        }
        try {
            return refresh.get(maxWaitNanos, TimeUnit.NANOSECONDS).value();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TokenUnavailableException unavailable) {
                throw new TokenUnavailableException(unavailable.getMessage());
            }
            throw new TokenUnavailableException(requestName + " failed (" + JsonAnswers.describe(e.getCause()) + ")");
        } catch (TimeoutException e) {
            throw new TokenUnavailableException(requestName + " of another call still running after "
                    + TimeUnit.NANOSECONDS.toMillis(maxWaitNanos) + " ms; gave up waiting for it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("interrupted while waiting for the " + requestName);
        }
    }

    /** Forgets {@code token} if it is still the cached one, so the next {@link #current()} asks for a new one. */
    public void invalidate(T token) {
        synchronized (lock) {
            if (cached != null && cached.value().equals(token)) {
                cached = null;
            }
        }
    }

    private void refreshInto(CompletableFuture<Fresh<T>> refresh) {
        try {
            Fresh<T> token = source.get();
            synchronized (lock) {
                cached = token;
                if (refreshing == refresh) {
                    refreshing = null;
                }
            }
            refresh.complete(token);
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                if (refreshing == refresh) {
                    refreshing = null;
                }
            }
            refresh.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * A token and the moment to stop using it ({@code refreshAt} not after the moment it was asked for means "use it
     * once"). Never shows the token.
     */
    public record Fresh<T>(T value, Instant refreshAt) {

        public Fresh {
            Objects.requireNonNull(value);
            Objects.requireNonNull(refreshAt);
        }

        @Override
        public String toString() {
            return "CachedToken[(redacted), refreshAt=" + refreshAt + "]";
        }
    }
}

package io.dompet.adapter.web.bulkhead;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many requests that call Finpay run at once on this instance, and stops taking them when dompet shuts
 * down. A controller passes the use case call through {@link #call(Supplier)} after it has checked the input and
 * before the use case runs: a request over the limit, or one arriving after {@link #closeForShutdown()}, is refused at once with
 * a {@code finpay-busy} {@link ProblemException} (503 and {@code Retry-After}), nothing queued, the use case not called, nothing stored.
 *
 * <p>It is a {@link Semaphore} rather than resilience4j's bulkhead because shutting down needs one thing a bulkhead
 * library does not offer: a bounded wait until every call in flight has finished. The semaphore gives all three
 * operations in one call each: {@code tryAcquire()} to enter without waiting, {@code release()} to leave, and
 * {@code tryAcquire(max, timeout)} to wait for the drain ({@link #awaitIdle(Duration)}); resilience4j's
 * {@code SemaphoreBulkhead} can only shrink by blocking uninterruptibly, without a bound.
 */
public final class FinpayCallGate {

    /** Seconds a client should wait before sending a refused request again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private final int maxConcurrentCalls;
    private final Semaphore permits;
    private volatile boolean closed;

    /** @param maxConcurrentCalls how many Finpay-calling requests may run at once, at least 1 */
    public FinpayCallGate(int maxConcurrentCalls) {
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("dompet.finpay.max-concurrent-calls must be at least 1");
        }
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.permits = new Semaphore(maxConcurrentCalls);
    }

    /**
     * Runs {@code work} if the gate is open and a place is free, and frees the place when it ends, however it ends.
     *
     * @throws ProblemException of type {@code finpay-busy} without running {@code work}, when every place is taken or the gate is closed
     */
    public <T> T call(Supplier<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        if (closed) {
            throw busy("This instance is shutting down and takes no new requests to Finpay; nothing was done. Send the "
                    + "request again in a few seconds.");
        }
        if (!permits.tryAcquire()) {
            throw busy("This instance is already running as many requests to Finpay as it may; nothing was done. Send "
                    + "the request again in a few seconds.");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /**
     * Takes no more calls, from now on, for good; calls in flight run to their end. (Not named {@code close}: Spring
     * would call that when it destroys the bean, after shutdown, where it has no meaning.)
     */
    public void closeForShutdown() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Waits until no call is in flight, at most {@code timeout}. Call it after {@link #closeForShutdown()}: an open gate may take
     * new calls meanwhile.
     *
     * @return whether every call had finished in time
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (!permits.tryAcquire(maxConcurrentCalls, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        permits.release(maxConcurrentCalls);
        return true;
    }

    /** How many calls are in flight now. */
    public int inFlight() {
        return maxConcurrentCalls - permits.availablePermits();
    }

    public int maxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    /**
     * A request refused before anything was done (503, type {@code finpay-busy}, {@code Retry-After}): nothing was
     * stored and Finpay was not asked, so the client may simply send the same request again.
     */
    private static ProblemException busy(String detail) {
        return new ProblemException(ProblemType.FINPAY_BUSY, detail).retryAfter(RETRY_AFTER_SECONDS);
    }

    @Override
    public String toString() {
        return "FinpayCallGate[maxConcurrentCalls=" + maxConcurrentCalls + ", inFlight=" + inFlight()
                + ", closed=" + closed + "]";
    }
}

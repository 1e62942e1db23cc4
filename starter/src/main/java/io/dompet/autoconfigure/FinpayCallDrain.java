package io.dompet.autoconfigure;

import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * dompet's graceful shutdown of the requests that call Finpay. When the context begins to close (SIGTERM), Spring Boot
 * first sets readiness to {@code REFUSING_TRAFFIC} and then publishes {@link ContextClosedEvent}: on that event, before
 * any lifecycle bean stops, the {@link FinpayCallGate} is closed, so every new top-up, inquiry or widget request gets
 * the {@code finpay-busy} 503 from then on. Then, in the lifecycle phase just before the web server's graceful
 * shutdown, {@link #stop()} waits for the Finpay calls in flight to finish, at most {@code drainTime}
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}). Meanwhile the web server still accepts requests: the readiness
 * probe answers DOWN, and Finpay's callback and the reads are still served. A top-up still running when the drain time
 * is over keeps its row open (not final), and the reconciler settles it.
 */
final class FinpayCallDrain implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

    /** Stopped before the web server's graceful shutdown, which stops taking connections. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;

    private static final Logger log = LoggerFactory.getLogger(FinpayCallDrain.class);

    private final FinpayCallGate gate;
    private final Duration drainTime;
    private final ApplicationContext context;
    private volatile boolean running;

    FinpayCallDrain(FinpayCallGate gate, Duration drainTime, ApplicationContext context) {
        this.gate = Objects.requireNonNull(gate);
        this.drainTime = Objects.requireNonNull(drainTime);
        this.context = Objects.requireNonNull(context);
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() == context && !gate.isClosed()) {
            gate.closeForShutdown();
            log.info("Shutting down: readiness is REFUSING_TRAFFIC and new requests that call Finpay are refused"
                    + " with 503 finpay-busy; {} in flight", gate.inFlight());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        gate.closeForShutdown();
        try {
            if (gate.awaitIdle(drainTime)) {
                log.info("Every request that called Finpay has finished");
            } else {
                log.warn("{} requests calling Finpay were still running after {}; their top-ups stay open and the"
                        + " reconciler settles them", gate.inFlight(), drainTime);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** A paused context (not a closing one) keeps taking requests. */
    @Override
    public boolean isPauseable() {
        return false;
    }
}

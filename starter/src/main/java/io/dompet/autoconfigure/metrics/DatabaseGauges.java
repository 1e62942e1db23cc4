package io.dompet.autoconfigure.metrics;

import io.dompet.adapter.persistence.OperationalStatePersistenceAdapter;
import io.dompet.adapter.persistence.OperationalStatePersistenceAdapter.OperationalState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges read from the database (the whole cluster's state, not one instance's): top-ups needing review, the age
 * of the oldest open top-up (by PostgreSQL's clock), the webhook backlog and open notification conflicts. The
 * persistence adapter reads them all in one statement, at most once per {@code refreshInterval}: a scrape
 * in between, or a storm of scrapes, reads the last values, and only one thread at a time runs the statement (the
 * others read the last values meanwhile). Hand-written because Micrometer caches no gauge value by itself. Until the
 * first read, and while the database cannot be read, the gauges are NaN (Prometheus: no value), never a stale zero.
 */
public final class DatabaseGauges implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGauges.class);
    private static final Values UNKNOWN = new Values(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Long.MIN_VALUE);

    private final OperationalStatePersistenceAdapter state;
    private final long refreshNanos;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Values values = UNKNOWN;

    public DatabaseGauges(OperationalStatePersistenceAdapter state, Duration refreshInterval) {
        this.state = Objects.requireNonNull(state);
        this.refreshNanos = refreshInterval.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, DompetMeters.TOP_UPS_NEEDING_REVIEW, "open top-ups a person must review", null, Values::needingReview);
        gauge(registry, DompetMeters.OLDEST_OPEN_TOP_UP_AGE, "age of the oldest open top-up", "seconds", Values::oldestOpenAge);
        gauge(registry, DompetMeters.WEBHOOK_BACKLOG, "webhook deliveries waiting", null, Values::webhookBacklog);
        gauge(registry, DompetMeters.OPEN_NOTIFICATION_CONFLICTS, "notification conflicts not acknowledged", null,
                Values::openConflicts);
    }

    private void gauge(MeterRegistry registry, String name, String description, String unit,
                       ToDoubleFunction<Values> value) {
        Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.current()))
                .description(description).baseUnit(unit).strongReference(true).register(registry);
    }

    /** The values, read again first if they are older than the refresh interval and no other thread is reading them. */
    Values current() {
        Values last = values;
        if (System.nanoTime() - last.readAt() < refreshNanos && last != UNKNOWN || !refreshing.tryLock()) {
            return last;
        }
        try {
            OperationalState read = state.read();
            values = new Values(read.topUpsNeedingReview(), read.oldestOpenTopUpAgeSeconds(), read.webhookBacklog(),
                    read.openNotificationConflicts(), System.nanoTime());
        } catch (RuntimeException e) {
            log.warn("the database gauges could not be read: {}", e.getClass().getSimpleName());
            values = new Values(Double.NaN, Double.NaN, Double.NaN, Double.NaN, System.nanoTime());
        } finally {
            refreshing.unlock();
        }
        return values;
    }

    record Values(double needingReview, double oldestOpenAge, double webhookBacklog, double openConflicts, long readAt) {
    }
}

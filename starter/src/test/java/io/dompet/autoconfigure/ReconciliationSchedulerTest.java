package io.dompet.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReconciliationResult;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** On shutdown the reconciliation is told to stop between top-ups, and the shutdown waits for the current run. */
class ReconciliationSchedulerTest {

    /** A run that checks one top-up until {@code release} opens, then reports whether it was asked to stop. */
    private static final class BlockingRun implements ReconcileTopUpsUseCase {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean sawStop = new AtomicBoolean();
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public ReconciliationResult reconcileDueTopUps(BooleanSupplier stopRequested) {
            runs.incrementAndGet();
            started.countDown();
            await(release);
            sawStop.set(stopRequested.getAsBoolean());
            return new ReconciliationResult(1, 1, 0, 0, 0);
        }
    }

    @Test
    void stoppingAsksTheRunningReconciliationToStopAndCompletesOnlyWhenItHasReturned() throws Exception {
        BlockingRun reconciliation = new BlockingRun();
        ReconciliationScheduler scheduler = new ReconciliationScheduler(reconciliation, Duration.ofSeconds(30));
        scheduler.start();
        Thread run = new Thread(scheduler::reconcile);
        run.start();
        assertThat(reconciliation.started.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch stopped = new CountDownLatch(1);

        scheduler.stop(stopped::countDown);

        assertThat(stopped.getCount()).as("the current top-up is still being checked").isEqualTo(1);
        reconciliation.release.countDown();
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        run.join(10_000);
        assertThat(reconciliation.sawStop).as("no new status inquiry after the stop").isTrue();
        assertThat(scheduler.isRunning()).isFalse();

        scheduler.reconcile();
        assertThat(reconciliation.runs).as("no run starts once stopped").hasValue(1);
    }

    @Test
    void theShutdownWaitsForTheCurrentRunAtMostTheConfiguredPeriod() throws Exception {
        BlockingRun reconciliation = new BlockingRun();
        ReconciliationScheduler scheduler = new ReconciliationScheduler(reconciliation, Duration.ofMillis(100));
        scheduler.start();
        Thread run = new Thread(scheduler::reconcile);
        run.start();
        assertThat(reconciliation.started.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch stopped = new CountDownLatch(1);

        scheduler.stop(stopped::countDown);

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("gave up waiting").isTrue();
        reconciliation.release.countDown();
        run.join(10_000);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

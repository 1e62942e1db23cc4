package io.dompet.autoconfigure;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReconciliationResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reconciliation every {@code dompet.reconciliation.interval}. Every dompet instance runs it: the top-ups are
 * shared out by leases in their rows (see {@code TopUpCheckLeasePort}), one at a time, so no job lock is needed and
 * a stopped or frozen instance holds up only the top-up it was checking.
 *
 * <p>On shutdown it stops between top-ups: no new status inquiry starts once stopping began, a top-up leased but not
 * yet checked is released, and the shutdown waits for the top-up being checked, at most
 * {@code spring.task.scheduling.shutdown.await-termination-period}. It stops in the web server's graceful-shutdown
 * phase, so both drain at the same time.
 */
class ReconciliationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationScheduler.class);

    private final ReconcileTopUpsUseCase reconciliation;
    private final Duration awaitRun;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ReentrantLock run = new ReentrantLock();
    private volatile boolean running;

    ReconciliationScheduler(ReconcileTopUpsUseCase reconciliation, Duration awaitRun) {
        this.reconciliation = reconciliation;
        this.awaitRun = awaitRun;
    }

    @Scheduled(fixedDelayString = "${dompet.reconciliation.interval:5s}", initialDelayString = "${dompet.reconciliation.interval:5s}")
    public void reconcile() {
        run.lock();
        try {
            if (stopping.get()) {
                return;
            }
            ReconciliationResult result = reconciliation.reconcileDueTopUps(stopping::get);
            if (result.checked() > 0) {
                log.info("Reconciliation checked {} top-up(s): {} succeeded, {} failed, {} unresolved, {} newly flagged for review",
                        result.checked(), result.succeeded(), result.failed(), result.unresolved(), result.flaggedForReview());
            }
        } finally {
            run.unlock();
        }
    }

    @Override
    public void start() {
        stopping.set(false);
        running = true;
    }

    @Override
    public void stop() {
        stopping.set(true);
        awaitCurrentRun();
        running = false;
    }

    @Override
    public void stop(Runnable callback) {
        stopping.set(true);
        Thread waiter = new Thread(() -> {
            try {
                awaitCurrentRun();
                running = false;
            } finally {
                callback.run();
            }
        }, "reconciliation-shutdown");
        waiter.setDaemon(true);
        waiter.start();
    }

    private void awaitCurrentRun() {
        try {
            if (run.tryLock(awaitRun.toMillis(), TimeUnit.MILLISECONDS)) {
                run.unlock();
            } else {
                log.warn("The reconciliation still checks a top-up after {}; stopping without it (its lease ends by"
                        + " itself and another instance checks it then)", awaitRun);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }
}

package io.dompet.bootstrap;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import io.dompet.application.port.in.ReconciliationResult;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reconciliation every {@code dompet.reconciliation.interval}. ShedLock's lock in PostgreSQL makes sure that
 * of several dompet instances only one runs it at a time; optimistic locking on each top-up covers the rest.
 */
class ReconciliationScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationScheduler.class);

    private final ReconcileTopUpsUseCase reconciliation;

    ReconciliationScheduler(ReconcileTopUpsUseCase reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelayString = "${dompet.reconciliation.interval:5s}", initialDelayString = "${dompet.reconciliation.interval:5s}")
    @SchedulerLock(name = "reconcile-top-ups", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void reconcile() {
        ReconciliationResult result = reconciliation.reconcileDueTopUps();
        if (result.checked() > 0) {
            log.info("Reconciliation checked {} top-up(s): {} succeeded, {} failed, {} unresolved, {} newly flagged for review",
                    result.checked(), result.succeeded(), result.failed(), result.unresolved(), result.flaggedForReview());
        }
    }
}

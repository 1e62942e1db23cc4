package io.dompet.autoconfigure;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.task.TaskSchedulingProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reconciliation schedule, on every instance (switch it off with {@code dompet.reconciliation.enabled=false}):
 * instances share the work through leases on the top-ups, not a job lock. On shutdown the current top-up is given
 * {@code spring.task.scheduling.shutdown.await-termination-period} to finish.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "dompet.reconciliation.enabled", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    ReconciliationScheduler reconciliationScheduler(ReconcileTopUpsUseCase reconciliation,
                                                    TaskSchedulingProperties scheduling) {
        Duration awaitRun = scheduling.getShutdown().getAwaitTerminationPeriod();
        return new ReconciliationScheduler(reconciliation, awaitRun == null ? Duration.ZERO : awaitRun);
    }
}

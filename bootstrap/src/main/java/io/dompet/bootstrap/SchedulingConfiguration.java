package io.dompet.bootstrap;

import io.dompet.application.port.in.ReconcileTopUpsUseCase;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The cluster-safe reconciliation schedule (switch it off with {@code dompet.reconciliation.enabled=false}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@ConditionalOnBooleanProperty(name = "dompet.reconciliation.enabled", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    ReconciliationScheduler reconciliationScheduler(ReconcileTopUpsUseCase reconciliation) {
        return new ReconciliationScheduler(reconciliation);
    }
}

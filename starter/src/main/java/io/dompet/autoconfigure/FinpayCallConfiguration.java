package io.dompet.autoconfigure;

import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import io.dompet.autoconfigure.properties.FinpayProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bulkhead around requests that call Finpay ({@code dompet.finpay.max-concurrent-calls}) and its drain at
 * shutdown, bounded by Spring Boot's {@code spring.lifecycle.timeout-per-shutdown-phase}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FinpayProperties.class)
class FinpayCallConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FinpayCallGate finpayCallGate(FinpayProperties finpay) {
        return new FinpayCallGate(finpay.maxConcurrentCalls());
    }

    @Bean
    FinpayCallDrain finpayCallDrain(FinpayCallGate gate, LifecycleProperties lifecycle, ApplicationContext context) {
        return new FinpayCallDrain(gate, lifecycle.getTimeoutPerShutdownPhase(), context);
    }
}

package io.dompet.autoconfigure.metrics;

import io.dompet.adapter.persistence.OperationalStatePersistenceAdapter;
import io.dompet.application.port.in.ReceiveTopUpNotificationUseCase;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * dompet's own meters ({@link DompetMeters}) in Spring Boot's registry, which {@code /actuator/prometheus} shows to
 * operator clients. The Finpay timer needs nothing here (the transport records it in Micrometer's global registry)
 * and the webhook counter is wired where the sender is built ({@code WebhookConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    /** How old the database gauges may be: a scrape reads the database at most once per this interval. */
    static final Duration GAUGE_REFRESH = Duration.ofSeconds(5);

    @Bean
    DatabaseGauges databaseGauges(OperationalStatePersistenceAdapter operationalState) {
        return new DatabaseGauges(operationalState, GAUGE_REFRESH);
    }

    /** Counts every notification by its result, whoever receives it (the callback controller). */
    @Bean
    static BeanPostProcessor notificationResultsCounter(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReceiveTopUpNotificationUseCase useCase && !(bean instanceof NotificationResults)
                        ? new NotificationResults(useCase, registry.getObject()) : bean;
            }
        };
    }

    /** Counts every direct top-up request by what it answered, whoever calls the use case (the top-up controller). */
    @Bean
    static BeanPostProcessor topUpResultsCounter(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof TopUpCustomerUseCase useCase && !(bean instanceof TopUpResults)
                        ? new TopUpResults(useCase, registry.getObject()) : bean;
            }
        };
    }
}

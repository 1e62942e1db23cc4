package io.dompet.autoconfigure;

import io.dompet.autoconfigure.metrics.MetricsConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Import;

/** dompet's own meters ({@link MetricsConfiguration}), when the application has a Micrometer {@link MeterRegistry}. */
@AutoConfiguration(after = DompetAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@Import(MetricsConfiguration.class)
public class DompetMetricsAutoConfiguration {
}

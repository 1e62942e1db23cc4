package io.dompet.bootstrap;

import io.dompet.adapter.finpay.FinpayAdapterConfiguration;
import io.dompet.adapter.persistence.PersistenceAdapterConfiguration;
import io.dompet.adapter.web.WebAdapterConfiguration;
import io.dompet.bootstrap.metrics.MetricsConfiguration;
import io.dompet.bootstrap.properties.ApiProperties;
import io.dompet.bootstrap.properties.BillWidgetProperties;
import io.dompet.bootstrap.properties.EmbeddedPostgresProperties;
import io.dompet.bootstrap.properties.TopUpWidgetProperties;
import io.dompet.bootstrap.properties.NotifyProperties;
import io.dompet.bootstrap.properties.ReconciliationProperties;
import io.dompet.bootstrap.properties.SandboxProperties;
import io.dompet.bootstrap.properties.SnapProperties;
import io.dompet.bootstrap.doctor.DoctorApplication;
import io.dompet.bootstrap.sandbox.SandboxConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * dompet, the Spring Boot application. Everything is wired explicitly: each adapter's one configuration, the
 * application services as beans, the sandbox in sandbox mode. There is no component scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties({ApiProperties.class, SandboxProperties.class, SnapProperties.class,
        TopUpWidgetProperties.class, BillWidgetProperties.class, NotifyProperties.class, ReconciliationProperties.class,
        EmbeddedPostgresProperties.class})
@Import({ApplicationConfiguration.class, PersistenceAdapterConfiguration.class, FinpayAdapterConfiguration.class,
        WebAdapterConfiguration.class, FinpayCallConfiguration.class, SandboxConfiguration.class,
        SchedulingConfiguration.class, WebhookConfiguration.class, MetricsConfiguration.class})
public class DompetApplication {

    /** Runs dompet; with {@code --dompet.doctor}, the connection doctor instead ({@link DoctorApplication}). */
    public static void main(String[] args) {
        if (DoctorApplication.requested(args)) {
            System.exit(DoctorApplication.run(System.out, args));
        }
        SpringApplication.run(DompetApplication.class, args);
    }
}

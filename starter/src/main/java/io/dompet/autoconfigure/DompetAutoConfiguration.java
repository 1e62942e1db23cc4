package io.dompet.autoconfigure;

import io.dompet.adapter.finpay.FinpayAdapterConfiguration;
import io.dompet.adapter.persistence.PersistenceAdapterConfiguration;
import io.dompet.autoconfigure.properties.ApiProperties;
import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.ReconciliationProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.autoconfigure.sandbox.SandboxConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * dompet in a Spring Boot application, the one wiring both the stand-alone dompet and an application embedding it use:
 * the {@code dompet.*} properties, bound and checked before any other bean is made ({@link StartupConfigurationCheck});
 * the use cases as beans ({@code ApplicationConfiguration}); the Finpay adapters; the persistence adapters on the
 * application's {@code DataSource}, once dompet's schema is migrated ({@code DompetSchema}); the reconciliation and
 * webhook delivery schedules; sandbox mode when the Finpay sandbox is on the class path. The REST adapter is
 * {@link DompetWebAutoConfiguration}, the meters {@link DompetMetricsAutoConfiguration}.
 *
 * <p>After Spring Boot's DataSource, transaction manager, Jackson, task scheduling and lifecycle configurations, whose
 * beans it uses; before its {@code JdbcClient} configuration, which then backs off for the persistence adapter's
 * {@code JdbcClient} (on the same DataSource) rather than make a second one the adapters could not tell apart.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
                "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
                "org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration"},
        beforeName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@EnableConfigurationProperties({ApiProperties.class, SandboxProperties.class, SnapProperties.class,
        TopUpWidgetProperties.class, BillWidgetProperties.class, NotifyProperties.class, ReconciliationProperties.class})
@Import({ApplicationConfiguration.class, PersistenceAdapterConfiguration.class, FinpayAdapterConfiguration.class,
        SandboxConfiguration.class, SchedulingConfiguration.class, WebhookConfiguration.class})
public class DompetAutoConfiguration {
}

package io.dompet.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The persistence adapter's beans: the out-port adapters and the transaction boundary (so that JDBC stays in this
 * module), imported so that each is built by its one constructor from the module's {@link JdbcClient}, plus, when no
 * {@code spring.datasource.url} is configured, an embedded PostgreSQL and the {@link DataSource} onto it.
 * With a URL, Spring Boot builds the {@link DataSource} from {@code spring.datasource.*} as usual.
 * The schema is owned by the Flyway migrations under {@code db/migration}.
 */
@Configuration(proxyBeanMethods = false)
@Import({PersistenceAdapterConfiguration.EmbeddedDatabase.class, WalletPersistenceAdapter.class,
        TopUpPersistenceAdapter.class, NotificationInboxPersistenceAdapter.class, TopUpWidgetSessionPersistenceAdapter.class,
        BillWidgetPersistenceAdapter.class, BillerCatalogPersistenceAdapter.class, SequenceReferenceAdapter.class,
        SpringTransactionAdapter.class, ListPersistenceAdapter.class, ReviewLogPersistenceAdapter.class,
        NotificationConflictPersistenceAdapter.class, EventLogPersistenceAdapter.class,
        WebhookDeliveryPersistenceAdapter.class, OperationalStatePersistenceAdapter.class})
public class PersistenceAdapterConfiguration {

    /** Where the embedded PostgreSQL keeps its data when nothing else is configured. */
    public static final String DEFAULT_DATA_DIR = ".dompet/pgdata";

    /** The one JDBC client every adapter of this module queries through. */
    @Bean
    JdbcClient dompetJdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    /** The zero-set-up database: a real PostgreSQL whose data survives restarts in {@code dompet.embedded-postgres.data-dir}. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDataSourceUrl.class)
    static class EmbeddedDatabase {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(
                @Value("${dompet.embedded-postgres.data-dir:" + DEFAULT_DATA_DIR + "}") Path dataDirectory) {
            return EmbeddedPostgresServer.startPersistent(dataDirectory);
        }

        /** Closed before the server stops, because it depends on it. */
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("dompet-embedded");
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername(server.username());
            config.setMaximumPoolSize(20);
            config.setConnectionTimeout(5_000);
            // PostgreSQL's error details quote whole rows ("Failing row contains …", phone numbers included): keep
            // them out of exception messages, and so out of logs
            config.addDataSourceProperty("logServerErrorDetail", "false");
            return new HikariDataSource(config);
        }
    }

    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}

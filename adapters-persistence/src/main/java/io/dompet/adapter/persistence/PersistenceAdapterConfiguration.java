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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The persistence adapter's beans: the out-port adapters and the transaction boundary (so that JDBC stays in this
 * module), plus, when no
 * {@code spring.datasource.url} is configured, an embedded PostgreSQL and the {@link DataSource} onto it.
 * With a URL, Spring Boot builds the {@link DataSource} from {@code spring.datasource.*} as usual.
 * The schema is owned by the Flyway migrations under {@code db/migration}.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceAdapterConfiguration.EmbeddedDatabase.class)
public class PersistenceAdapterConfiguration {

    /** Where the embedded PostgreSQL keeps its data when nothing else is configured. */
    public static final String DEFAULT_DATA_DIR = ".dompet/pgdata";

    @Bean
    WalletPersistenceAdapter walletPersistenceAdapter(DataSource dataSource) {
        return new WalletPersistenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    TopUpPersistenceAdapter topUpPersistenceAdapter(DataSource dataSource) {
        return new TopUpPersistenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    NotificationInboxPersistenceAdapter notificationInboxPersistenceAdapter(DataSource dataSource) {
        return new NotificationInboxPersistenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    TopUpWidgetSessionPersistenceAdapter topUpWidgetSessionPersistenceAdapter(DataSource dataSource) {
        return new TopUpWidgetSessionPersistenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    BillWidgetPersistenceAdapter billWidgetPersistenceAdapter(DataSource dataSource) {
        return new BillWidgetPersistenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    BillerCatalogPersistenceAdapter billerCatalogPersistenceAdapter(DataSource dataSource) {
        return new BillerCatalogPersistenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    SequenceReferenceAdapter sequenceReferenceAdapter(DataSource dataSource) {
        return new SequenceReferenceAdapter(JdbcClient.create(dataSource));
    }

    @Bean
    SpringTransactionAdapter springTransactionAdapter(PlatformTransactionManager transactionManager) {
        return new SpringTransactionAdapter(transactionManager);
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

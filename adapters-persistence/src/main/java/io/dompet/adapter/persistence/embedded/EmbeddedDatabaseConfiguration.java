package io.dompet.adapter.persistence.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The stand-alone application's zero-set-up database, for it to {@code @Import}: when no {@code spring.datasource.url}
 * is configured, a real PostgreSQL whose data survives restarts in {@code dompet.embedded-postgres.data-dir}, and the
 * {@link DataSource} onto it. Not part of the persistence adapter's own configuration, so that an application embedding
 * dompet always uses its own {@link DataSource}, never an embedded PostgreSQL it did not ask for.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
public class EmbeddedDatabaseConfiguration {

    /** Where the embedded PostgreSQL keeps its data when nothing else is configured. */
    public static final String DEFAULT_DATA_DIR = ".dompet/pgdata";

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

    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}

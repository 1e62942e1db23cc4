package io.dompet.adapter.persistence;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The persistence adapter's beans: the out-port adapters and the transaction boundary (so that JDBC stays in this
 * module), imported so that each is built by its one constructor from the module's {@link JdbcClient}, on the
 * application's {@link DataSource} (Spring Boot's from {@code spring.datasource.*}, or one of its own; the stand-alone
 * application adds {@link io.dompet.adapter.persistence.embedded.EmbeddedDatabaseConfiguration}). The schema is owned by
 * the Flyway migrations of {@link DompetSchema}, run before the JDBC client exists.
 */
@Configuration(proxyBeanMethods = false)
@Import({WalletPersistenceAdapter.class,
        TopUpPersistenceAdapter.class, NotificationInboxPersistenceAdapter.class, TopUpWidgetSessionPersistenceAdapter.class,
        BillWidgetPersistenceAdapter.class, BillerCatalogPersistenceAdapter.class, SequenceReferenceAdapter.class,
        SpringTransactionAdapter.class, ListPersistenceAdapter.class, ReviewLogPersistenceAdapter.class,
        NotificationConflictPersistenceAdapter.class, EventLogPersistenceAdapter.class,
        WebhookDeliveryPersistenceAdapter.class, OperationalStatePersistenceAdapter.class})
public class PersistenceAdapterConfiguration {

    /** The database user dompet's migrations run as, when not the application's (unset: the application's). */
    public static final String SCHEMA_USER = "dompet.schema.user";
    /** That user's password (a secret: never logged). */
    public static final String SCHEMA_PASSWORD = "dompet.schema.password";

    /**
     * dompet's schema brought up to date on the application's {@link DataSource} ({@link DompetSchema}): created
     * before the JDBC client, and so before any adapter of this module can touch a table. With
     * {@value #SCHEMA_USER} set, the migration connects to the same database as that user (the schema's owner), with
     * {@value #SCHEMA_PASSWORD}; the application's own connections stay as they are.
     */
    @Bean
    DompetSchema.Migrated dompetSchemaMigration(DataSource dataSource,
                                                @Value("${" + SCHEMA_USER + ":}") String schemaUser,
                                                @Value("${" + SCHEMA_PASSWORD + ":}") String schemaPassword) {
        DataSource migrating = schemaUser.isBlank() ? dataSource
                : DompetSchema.asUser(dataSource, schemaUser, schemaPassword);
        return new DompetSchema.Migrated(DompetSchema.migrate(migrating).migrationsExecuted);
    }

    /** The one JDBC client every adapter of this module queries through, usable once dompet's schema is migrated. */
    @Bean
    JdbcClient dompetJdbcClient(DataSource dataSource, DompetSchema.Migrated migrated) {
        return JdbcClient.create(dataSource);
    }
}

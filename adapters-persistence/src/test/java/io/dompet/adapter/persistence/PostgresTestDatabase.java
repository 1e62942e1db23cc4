package io.dompet.adapter.persistence;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** One embedded PostgreSQL for the whole test run, migrated by the production Flyway migrations. */
final class PostgresTestDatabase {

    private static DataSource dataSource;

    private PostgresTestDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-test-stop"));
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(server.jdbcUrl());
            ds.setUser(server.username());
            Flyway.configure().dataSource(ds).load().migrate();
            dataSource = ds;
        }
        return dataSource;
    }
}

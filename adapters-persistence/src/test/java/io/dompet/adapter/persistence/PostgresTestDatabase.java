package io.dompet.adapter.persistence;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** One embedded PostgreSQL for the whole test run, migrated by the production Flyway migrations. */
final class PostgresTestDatabase {

    /** A time with a fraction of whole microseconds, as PostgreSQL keeps it: it loads exactly as stored. */
    static final Instant T0 = Instant.parse("2026-11-24T05:30:00.123456Z");

    private static EmbeddedPostgresServer server;
    private static DataSource dataSource;

    private PostgresTestDatabase() {
    }

    /** A data source onto the migrated database; each connection is a new session (no pool). */
    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            server = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-test-stop"));
            PGSimpleDataSource ds = newDataSource();
            DompetSchema.migrate(ds);
            dataSource = ds;
        }
        return dataSource;
    }

    /** A data source onto the same database whose sessions run in {@code timeZone}, as another dompet's might. */
    static synchronized DataSource dataSourceInTimeZone(String timeZone) {
        // the driver sets the session's TimeZone to the JVM's at connect, so set it afterwards
        return new DelegatingDataSource(dataSource()) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                try (PreparedStatement set = connection.prepareStatement("select set_config('TimeZone', ?, false)")) {
                    set.setString(1, timeZone);
                    set.execute();
                }
                return connection;
            }
        };
    }

    private static PGSimpleDataSource newDataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl());
        ds.setUser(server.username());
        return ds;
    }
}

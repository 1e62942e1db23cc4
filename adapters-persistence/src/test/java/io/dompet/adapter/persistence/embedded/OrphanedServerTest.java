package io.dompet.adapter.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dompet killed with SIGKILL leaves its PostgreSQL running (the server is a separate process). The next start on the
 * same data directory must stop that orphan and start cleanly, keeping the data.
 */
class OrphanedServerTest {

    /** Run in a child JVM: starts a persistent server, writes a row, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(Path.of(args[0]));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser(server.username());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table kept (note text)").update();
        jdbc.sql("insert into kept values ('written before the kill')").update();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void aServerLeftRunningByAKilledDompetIsStoppedAndTheDataDirectoryStartsAgain(@TempDir Path parent) throws Exception {
        Path dataDirectory = parent.resolve("pgdata");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                OrphanedServerTest.class.getName(), dataDirectory.toString()))
                .redirectErrorStream(true).redirectOutput(parent.resolve("child.log").toFile()).start();
        awaitReady(parent.resolve("child.log"), Duration.ofSeconds(60));
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());

        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook stops PostgreSQL
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphaned postmaster still runs").contains(true);

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.startPersistent(dataDirectory)) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(next.jdbcUrl());
            dataSource.setUser(next.username());
            assertThat(JdbcClient.create(dataSource).sql("select note from kept").query(String.class).single())
                    .isEqualTo("written before the kill");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy); // never leave a server behind, even on failure
        }
    }

    private static void awaitReady(Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            File file = log.toFile();
            if (file.exists() && Files.readString(log).contains("READY")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child dompet did not start its PostgreSQL: " + Files.readString(log));
    }
}

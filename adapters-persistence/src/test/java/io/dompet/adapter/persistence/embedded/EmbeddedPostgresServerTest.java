package io.dompet.adapter.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresServerTest {

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart(@TempDir Path parent) {
        Path dataDirectory = parent.resolve("pgdata");

        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dataDirectory)) {
            JdbcClient jdbc = jdbc(first);
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('survives a restart')").update();
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        assertThat(Files.exists(dataDirectory.resolve("postmaster.pid"))).as("server stopped cleanly").isFalse();

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startPersistent(dataDirectory)) {
            assertThat(jdbc(second).sql("select note from kept").query(String.class).single())
                    .isEqualTo("survives a restart");
        }
    }

    @Test
    void theServerIsARealPostgreSql17() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            String version = jdbc(server).sql("show server_version").query(String.class).single();
            assertThat(version).startsWith("17.");
        }
    }

    private static JdbcClient jdbc(EmbeddedPostgresServer server) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser(server.username());
        return JdbcClient.create(dataSource);
    }
}

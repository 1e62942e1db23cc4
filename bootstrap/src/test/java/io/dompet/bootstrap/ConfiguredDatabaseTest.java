package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, dompet uses that PostgreSQL (and migrates it) and starts no embedded one.
 * A database URL alone means live mode, so sandbox mode is asked for explicitly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dompet.sandbox.enabled=true", "dompet.sandbox.port=0"})
class ConfiguredDatabaseTest {

    private static final EmbeddedPostgresServer EXTERNAL = EmbeddedPostgresServer.startTemporary();

    @DynamicPropertySource
    static void pointAtTheExternalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
        registry.add("spring.datasource.username", EXTERNAL::username);
    }

    @AfterAll
    static void stopTheExternalDatabase() {
        EXTERNAL.close();
    }

    @Autowired
    ApplicationContext context;

    @Test
    void noEmbeddedServerIsStarted() {
        assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
    }

    @Test
    void flywayMigratedTheConfiguredDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(EXTERNAL.jdbcUrl(), EXTERNAL.username(), "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from dompet_schema_history where success")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(1);
        }
    }
}

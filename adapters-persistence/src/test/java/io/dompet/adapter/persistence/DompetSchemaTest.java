package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * dompet's migrations have their own location and history table: they coexist with an application's own Flyway
 * migrations, and a database an earlier dompet migrated into {@code flyway_schema_history} is adopted once.
 */
class DompetSchemaTest {

    private static PGSimpleDataSource dataSource(EmbeddedPostgresServer server) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser(server.username());
        return dataSource;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static boolean exists(JdbcClient jdbc, String table) {
        return jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
    }

    @Test
    void aDatabaseTheStandAloneDompetMigratedIntoFlywaySchemaHistoryKeepsItsDataAndRunsNothingAgain() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = dataSource(server);
            // how the stand-alone dompet migrated until now: Spring Boot's Flyway, its default history table
            MigrateResult old = Flyway.configure().dataSource(dataSource).locations(DompetSchema.LOCATION).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("insert into wallet (customer_number, customer_name, credited_total) values ('6281234567890',"
                    + " 'Bu** Sa**', 25000.00)").update();

            MigrateResult adopted = DompetSchema.migrate(dataSource);

            assertThat(adopted.migrationsExecuted).as("nothing runs again").isZero();
            assertThat(count(jdbc, "select count(*) from dompet_schema_history where success"))
                    .isEqualTo(old.migrationsExecuted);
            assertThat(exists(jdbc, "flyway_schema_history")).as("it held dompet's migrations only").isFalse();
            assertThat(jdbc.sql("select credited_total::text from wallet where customer_number = '6281234567890'")
                    .query(String.class).single()).isEqualTo("25000.00");
            assertThat(DompetSchema.migrate(dataSource).migrationsExecuted).as("and it validates as usual").isZero();
        }
    }

    @Test
    void withASchemaUserTheMigrationRunsAsThatUserWhileTheApplicationConnectsAsItsOwn() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = dataSource(server);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create role dompet_owner login").update();
            jdbc.sql("alter schema public owner to dompet_owner").update();

            // the application's URL names its own user, as a JDBC URL may: the schema user still wins
            String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "user=" + server.username();
            DompetSchema.migrate(DompetSchema.asUser(new DriverManagerDataSource(url), "dompet_owner", null));

            assertThat(jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                    .query(String.class).list()).as("every table of dompet's, its history too").containsExactly("dompet_owner");
            assertThat(count(jdbc, "select count(*) from pg_tables where tablename in ('top_up', 'dompet_schema_history')"))
                    .isEqualTo(2);
            assertThat(jdbc.sql("select current_user").query(String.class).single())
                    .as("the application's own connections").isEqualTo(server.username());
        }
    }

    /** An application's own Flyway reads {@code classpath:db/migration}: nothing of dompet's may be there. */
    @Test
    void aUrlLosesItsUserAndPasswordButKeepsItsOtherParameters() {
        assertThat(DompetSchema.withoutCredentials("jdbc:postgresql://db:5432/dompet?user=app&ssl=true&password=pw"))
                .isEqualTo("jdbc:postgresql://db:5432/dompet?ssl=true");
        assertThat(DompetSchema.withoutCredentials("jdbc:postgresql://db:5432/dompet?user=app"))
                .isEqualTo("jdbc:postgresql://db:5432/dompet");
        assertThat(DompetSchema.withoutCredentials("jdbc:postgresql://db:5432/dompet"))
                .isEqualTo("jdbc:postgresql://db:5432/dompet");
    }

    @Test
    void nothingOfDompetsIsInTheApplicationsFlywayLocation() {
        assertThat(DompetSchema.class.getClassLoader().getResource("db/migration")).isNull();
        assertThat(DompetSchema.class.getClassLoader().getResource("io/dompet/db/migration/V1__wallets.sql")).isNotNull();
    }

    @Test
    void aFlywaySchemaHistoryThatAlsoHoldsAnApplicationsMigrationsKeepsThemAndGivesDompetsAway() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = dataSource(server);
            Flyway.configure().dataSource(dataSource).locations(DompetSchema.LOCATION).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) values (100, '100', 'orders', 'SQL', 'V100__orders.sql',"
                    + " 42, 'merchant', 1, true)").update();

            DompetSchema.migrate(dataSource);

            assertThat(jdbc.sql("select script from flyway_schema_history").query(String.class).list())
                    .containsExactly("V100__orders.sql");
            assertThat(count(jdbc, "select count(*) from dompet_schema_history where script like 'V%'"))
                    .isEqualTo(count(jdbc, "select count(*) from dompet_schema_history"))
                    .isPositive();
        }
    }

    @Test
    void anApplicationsOwnSchemaAndHistoryAreLeftUntouchedAndDompetsMigrationsStillRunBesideThem() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = dataSource(server);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create table orders (id bigint primary key, note text)").update();
            jdbc.sql("insert into orders values (1, 'kept')").update();
            jdbc.sql("create table flyway_schema_history (installed_rank int primary key, version varchar(50),"
                    + " description varchar(200) not null, type varchar(20) not null, script varchar(1000) not null,"
                    + " checksum int, installed_by varchar(100) not null, installed_on timestamp not null default now(),"
                    + " execution_time int not null, success boolean not null)").update();
            jdbc.sql("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) values (1, '1', 'orders', 'SQL', 'V1__orders.sql', 7,"
                    + " 'merchant', 1, true)").update();

            MigrateResult result = DompetSchema.migrate(dataSource);

            assertThat(result.migrationsExecuted).as("every dompet migration, after a baseline at 0").isPositive();
            assertThat(jdbc.sql("select version from dompet_schema_history order by installed_rank limit 1")
                    .query(String.class).single()).isEqualTo("0");
            assertThat(exists(jdbc, "wallet")).isTrue();
            assertThat(jdbc.sql("select script from flyway_schema_history").query(String.class).list())
                    .containsExactly("V1__orders.sql");
            assertThat(jdbc.sql("select note from orders").query(String.class).list()).containsExactly("kept");
        }
    }

    @Test
    void twoInstancesMigratingOneFreshDatabaseTogetherBothSucceed() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = dataSource(server);
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<MigrateResult> instance = () -> {
                start.await();
                return DompetSchema.migrate(dataSource);
            };
            ExecutorService executor = Executors.newFixedThreadPool(2);
            try {
                List<Future<MigrateResult>> results = executor.invokeAll(List.of(instance, instance));
                int executed = 0;
                for (Future<MigrateResult> result : results) {
                    assertThat(result.get().success).isTrue();
                    executed += result.get().migrationsExecuted;
                }
                JdbcClient jdbc = JdbcClient.create(dataSource);
                assertThat(executed).as("each migration ran once").isEqualTo(
                        (int) count(jdbc, "select count(*) from dompet_schema_history where version is not null"));
            } finally {
                executor.shutdownNow();
            }
        }
    }
}

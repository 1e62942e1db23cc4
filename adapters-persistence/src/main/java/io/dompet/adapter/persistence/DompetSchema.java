package io.dompet.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * dompet's schema: the one place that says where its Flyway migrations are ({@value #LOCATION}) and where Flyway
 * records them ({@value #HISTORY_TABLE}), in the connection's schema. dompet runs its own Flyway instance rather than
 * Spring Boot's, so that an application embedding dompet keeps {@code classpath:db/migration} and
 * {@code flyway_schema_history} for its own migrations, migrated by Spring Boot as usual, beside dompet's.
 *
 * <p>{@link #migrate(DataSource)} also adopts a database made by an earlier dompet, whose migrations Spring Boot's Flyway
 * recorded in {@code flyway_schema_history}: once, under a PostgreSQL advisory lock, dompet's rows are copied into
 * {@value #HISTORY_TABLE}, and {@code flyway_schema_history} is dropped if it held nothing else (an application's rows
 * keep it). Without any history of dompet's, a schema that already holds other tables (an application's) is
 * baselined at version 0, so that every dompet migration runs in it.
 */
public final class DompetSchema {

    /** Where dompet's migrations are, apart from any application's {@code classpath:db/migration}. */
    public static final String LOCATION = "classpath:io/dompet/db/migration";
    /** The table in which Flyway records dompet's migrations. */
    public static final String HISTORY_TABLE = "dompet_schema_history";
    /** The history table Spring Boot's Flyway wrote dompet's migrations to before they had their own. */
    static final String LEGACY_HISTORY_TABLE = "flyway_schema_history";
    /** The advisory lock that makes concurrent starts adopt and migrate one after the other ("dompet" in ASCII). */
    static final long LOCK = 0x646f6d706574L;

    private static final Logger log = LoggerFactory.getLogger(DompetSchema.class);

    /** That dompet's schema is up to date: what the persistence adapter's beans wait for. */
    public record Migrated(int migrationsExecuted) {
    }

    private DompetSchema() {
    }

    /** Flyway configured for dompet's migrations on {@code dataSource}; tests add e.g. a {@code target}. */
    public static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(Objects.requireNonNull(dataSource))
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("<< dompet baseline in a non-empty schema >>");
    }

    /**
     * The database of {@code dataSource} (the URL its connections were opened with), reached as {@code user}: for
     * migrating dompet's schema as the user that owns it while the application itself connects as a user that may only
     * read and write the tables ({@code dompet.schema.user}, docs/production.md "Schema and rights"). Connections are
     * opened one at a time, for the migration only.
     */
    public static DataSource asUser(DataSource dataSource, String user, @Nullable String password) {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("dompet's schema could not be migrated: no connection to read the database's"
                    + " URL from (" + e.getSQLState() + ")", e);
        }
        return new DriverManagerDataSource(withoutCredentials(url), Objects.requireNonNull(user),
                password == null ? "" : password);
    }

    /**
     * {@code url} without its {@code user} and {@code password} parameters: PostgreSQL's driver lets the URL's win over
     * the user and password it is given, so a URL that names the application's user would migrate as that user.
     */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? url.substring(0, query) : url.substring(0, query + 1) + kept;
    }

    /**
     * Brings dompet's schema on {@code dataSource} up to date: adopts a history an earlier dompet left in
     * {@code flyway_schema_history}, then migrates. Concurrent calls (instances starting together) take turns.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return migrate(flyway(dataSource));
    }

    /** {@link #migrate(DataSource)} with {@code configuration} (a {@link #flyway(DataSource)}, perhaps with a target). */
    public static MigrateResult migrate(FluentConfiguration configuration) {
        DataSource dataSource = configuration.getDataSource();
        try (Connection lock = dataSource.getConnection()) {
            execute(lock, "select pg_advisory_lock(" + LOCK + ")");
            try {
                adoptLegacyHistory(lock, configuration);
                return configuration.load().migrate();
            } finally {
                execute(lock, "select pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dompet's schema could not be migrated: " + e.getSQLState(), e);
        }
    }

    /**
     * Copies dompet's rows of {@code flyway_schema_history} (those whose version, script and checksum are one of dompet's
     * migrations) into a new {@value #HISTORY_TABLE}, once: only while {@value #HISTORY_TABLE} does not exist.
     */
    private static void adoptLegacyHistory(Connection connection, FluentConfiguration configuration) throws SQLException {
        if (exists(connection, HISTORY_TABLE) || !exists(connection, LEGACY_HISTORY_TABLE)) {
            return;
        }
        List<MigrationInfo> dompets = new ArrayList<>();
        for (MigrationInfo migration : configuration.load().info().all()) {
            if (migration.getVersion() != null && migration.getChecksum() != null) {
                dompets.add(migration);
            }
        }
        StringBuilder ours = new StringBuilder("false");
        for (int i = 0; i < dompets.size(); i++) {
            ours.append(" or (version = ? and script = ? and checksum = ?)");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int copied;
            try (Statement create = connection.createStatement()) {
                create.execute("create table " + HISTORY_TABLE + " (like " + LEGACY_HISTORY_TABLE + " including all)");
            }
            try (PreparedStatement copy = connection.prepareStatement("insert into " + HISTORY_TABLE
                    + " select * from " + LEGACY_HISTORY_TABLE + " where " + ours)) {
                bind(copy, dompets);
                copied = copy.executeUpdate();
            }
            if (copied == 0) {
                connection.rollback(); // nothing of dompet's: an application's own history
                return;
            }
            boolean othersRemain;
            try (PreparedStatement others = connection.prepareStatement(
                    "select exists (select 1 from " + LEGACY_HISTORY_TABLE + " where not (" + ours + "))")) {
                bind(others, dompets);
                try (ResultSet result = others.executeQuery()) {
                    result.next();
                    othersRemain = result.getBoolean(1);
                }
            }
            if (othersRemain) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + LEGACY_HISTORY_TABLE + " where " + ours)) {
                    bind(delete, dompets);
                    delete.executeUpdate();
                }
            } else {
                execute(connection, "drop table " + LEGACY_HISTORY_TABLE);
            }
            connection.commit();
            log.info("dompet's {} migrations recorded in {} now have their own history, {}{}", copied,
                    LEGACY_HISTORY_TABLE, HISTORY_TABLE, othersRemain ? " (the other migrations stay where they were)" : "");
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void bind(PreparedStatement statement, List<MigrationInfo> migrations) throws SQLException {
        int index = 1;
        for (MigrationInfo migration : migrations) {
            statement.setString(index++, migration.getVersion().getVersion());
            statement.setString(index++, migration.getScript());
            statement.setInt(index++, migration.getChecksum());
        }
    }

    /** Whether {@code table} exists in the connection's current schema. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select exists (select 1 from information_schema.tables where table_schema = current_schema()"
                        + " and table_name = ?)")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

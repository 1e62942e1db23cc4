package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.sql.Types;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V4 applies to a database that already holds direct top-ups, whatever their state, and they load as before. */
class NotificationsMigrationTest {

    @Test
    void v4AppliesOverStoredDirectTopUpsInEveryStateAndTheyLoadWithoutAChannel() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl());
            dataSource.setUser(server.username());
            DompetSchema.flyway(dataSource).target("3").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID requested = insertDirect(jdbc, "REQUESTED", null, null);
            UUID succeeded = insertDirect(jdbc, "SUCCEEDED", "FP-SAME", null);
            insertDirect(jdbc, "SUCCEEDED", "FP-SAME", null);
            insertDirect(jdbc, "FAILED", null, "4033814");

            MigrateResult result = DompetSchema.flyway(dataSource).target("4").load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.targetSchemaVersion).isEqualTo("4");
            DompetSchema.migrate(dataSource); // the adapter reads the current schema
            TopUpPersistenceAdapter adapter = new TopUpPersistenceAdapter(jdbc);
            TopUp loaded = adapter.loadTopUp(new TopUpId(succeeded)).orElseThrow();
            assertThat(loaded.channel()).isEmpty();
            assertThat(loaded.referenceNo()).contains("FP-SAME");
            assertThat(adapter.loadTopUp(new TopUpId(requested)).orElseThrow().channel()).isEmpty();
            assertThat(jdbc.sql("select count(*) from top_up where channel is null").query(Long.class).single())
                    .isEqualTo(4);
        }
    }

    private static UUID insertDirect(JdbcClient jdbc, String status, String referenceNo, String failureCode) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into top_up (id, kind, status, customer_number, amount, partner_reference_no,
                                            idempotency_key, reference_no, failure_code, failure_message,
                                            created_at, updated_at)
                        values (:id, 'DIRECT', :status, '6281234567890', 10000.00, :partnerReferenceNo, :key,
                                :referenceNo, :failureCode, :failureMessage, now(), now())
                        """)
                .param("id", id)
                .param("status", status)
                .param("partnerReferenceNo", "DP" + id.toString().replace("-", "").substring(0, 18))
                .param("key", "key-" + id)
                .param("referenceNo", referenceNo, Types.VARCHAR)
                .param("failureCode", failureCode, Types.VARCHAR)
                .param("failureMessage", failureCode == null ? null : "refused", Types.VARCHAR)
                .update();
        return id;
    }
}

package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V7 converts the top-ups the previous dompet stored: a {@code REQUESTED} one with the inquiry's name may have been
 * sent ({@code SENDING}); a {@code PENDING} one without it never was ({@code REQUESTED}); touched_at starts at
 * updated_at.
 */
class TopUpClaimsMigrationTest {

    @Test
    void v7MakesRequestedTopUpsThatMayHaveBeenSentSendingAndPendingOnesThatNeverWereRequested() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl());
            dataSource.setUser(server.username());
            DompetSchema.flyway(dataSource).target("6").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID requestedWithName = insertDirect(jdbc, "REQUESTED", "Bu di Sa**", null);
            UUID requestedWithoutName = insertDirect(jdbc, "REQUESTED", null, null);
            UUID pendingWithoutName = insertDirect(jdbc, "PENDING", null, null);
            UUID pendingWithName = insertDirect(jdbc, "PENDING", "Bu di Sa**", null);
            UUID succeeded = insertDirect(jdbc, "SUCCEEDED", "Bu di Sa**", "FP-1");

            MigrateResult result = DompetSchema.flyway(dataSource).target("7").load().migrate();

            assertThat(result.success).isTrue();
            DompetSchema.migrate(dataSource); // the adapter reads today's table
            TopUpPersistenceAdapter adapter = new TopUpPersistenceAdapter(jdbc);
            assertThat(status(adapter, requestedWithName)).isEqualTo(TopUpStatus.SENDING);
            assertThat(status(adapter, requestedWithoutName)).isEqualTo(TopUpStatus.REQUESTED);
            assertThat(status(adapter, pendingWithoutName)).isEqualTo(TopUpStatus.REQUESTED);
            assertThat(status(adapter, pendingWithName)).isEqualTo(TopUpStatus.PENDING);
            assertThat(status(adapter, succeeded)).isEqualTo(TopUpStatus.SUCCEEDED);
            assertThat(jdbc.sql("select count(*) from top_up where touched_at = updated_at").query(Long.class).single())
                    .isEqualTo(5);
            assertThat(jdbc.sql("select to_regclass('shedlock') is null").query(Boolean.class).single())
                    .as("the job lock table is gone").isTrue();
        }
    }

    private static TopUpStatus status(TopUpPersistenceAdapter adapter, UUID id) {
        return adapter.loadTopUp(new TopUpId(id)).orElseThrow().status();
    }

    private static UUID insertDirect(JdbcClient jdbc, String status, String customerName, String referenceNo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into top_up (id, kind, status, customer_number, amount, partner_reference_no,
                                            idempotency_key, customer_name, fee, reference_no, next_check_at,
                                            created_at, updated_at)
                        values (:id, 'DIRECT', :status, '6281234567890', 10000.00, :partnerReferenceNo, :key,
                                :customerName, :fee, :referenceNo, :nextCheckAt, now() - interval '1 hour',
                                now() - interval '10 minutes')
                        """)
                .param("id", id)
                .param("status", status)
                .param("partnerReferenceNo", "DP" + id.toString().replace("-", "").substring(0, 18))
                .param("key", "key-" + id)
                .param("customerName", customerName, Types.VARCHAR)
                .param("fee", customerName == null ? null : new java.math.BigDecimal("1000.00"), Types.NUMERIC)
                .param("referenceNo", referenceNo, Types.VARCHAR)
                .param("nextCheckAt", "PENDING".equals(status) ? OffsetDateTime.now() : null,
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
        return id;
    }
}

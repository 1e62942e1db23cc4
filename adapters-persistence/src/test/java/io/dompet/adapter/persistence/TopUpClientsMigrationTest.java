package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V8 makes idempotency keys unique per API client and keeps what was stored: the direct top-ups stored before it get
 * the client {@code legacy}, whose keys still replay for every client (an old client retrying an old key gets its
 * top-up back, never a second one); notified top-ups have no client.
 */
class TopUpClientsMigrationTest {

    @Test
    void v8GivesOldDirectTopUpsTheLegacyClientWhoseKeysStillReplayForEveryClient() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl());
            dataSource.setUser(server.username());
            DompetSchema.flyway(dataSource).target("7").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID oldDirect = UUID.randomUUID();
            jdbc.sql("""
                            insert into top_up (id, kind, status, customer_number, amount, partner_reference_no,
                                                idempotency_key, customer_name, fee, reference_no, created_at, updated_at)
                            values (:id, 'DIRECT', 'SUCCEEDED', '6281234567890', 10000.00, 'DPOLD1', 'order-4711',
                                    'Bu di Sa**', 1000.00, 'FP-1', now() - interval '1 day', now() - interval '1 day')
                            """)
                    .param("id", oldDirect)
                    .update();
            UUID oldNotified = UUID.randomUUID();
            jdbc.sql("""
                            insert into top_up (id, kind, status, customer_number, amount, channel, reference_no,
                                                created_at, updated_at)
                            values (:id, 'CHANNEL', 'SUCCEEDED', '6281234567890', 75000.00, 'alfamart', 'FPN-1',
                                    now(), now())
                            """)
                    .param("id", oldNotified)
                    .update();

            MigrateResult result = DompetSchema.flyway(dataSource).target("8").load().migrate();

            assertThat(result.success).isTrue();
            TopUpPersistenceAdapter adapter = new TopUpPersistenceAdapter(jdbc);
            TopUp direct = adapter.loadTopUp(new TopUpId(oldDirect)).orElseThrow();
            assertThat(direct.client()).contains(ApiClient.LEGACY);
            assertThat(adapter.loadTopUp(new TopUpId(oldNotified)).orElseThrow().client()).isEmpty();
            IdempotencyKey oldKey = new IdempotencyKey("order-4711");
            assertThat(adapter.loadTopUpByIdempotencyKey(new ApiClient("backoffice"), oldKey)).contains(direct);
            assertThat(adapter.loadTopUpByIdempotencyKey(new ApiClient("mobile-app"), oldKey)).contains(direct);

            TopUp newOne = TopUp.requestDirect(new TopUpId(UUID.randomUUID()), new ApiClient("backoffice"),
                    new IdempotencyKey("order-4712"), new PartnerReferenceNo("DPNEW1"), PhoneNumber.parse("081234567890"),
                    Money.parse("10000"), Instant.now());
            adapter.insertTopUp(newOne);
            assertThatThrownBy(() -> adapter.insertTopUp(TopUp.requestDirect(new TopUpId(UUID.randomUUID()),
                    new ApiClient("backoffice"), new IdempotencyKey("order-4712"), new PartnerReferenceNo("DPNEW2"),
                    PhoneNumber.parse("081234567890"), Money.parse("10000"), Instant.now())))
                    .as("one client, one key: still unique").isInstanceOf(DuplicateRecordException.class);
        }
    }
}

package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.in.NotificationConflictsUseCase.AcknowledgeResult;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.application.service.NotificationConflictService;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpNotification;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

class NotificationConflictPersistenceAdapterTest {

    private static final ApiClient OPERATOR = new ApiClient("ops");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final NotificationConflictPersistenceAdapter conflicts = new NotificationConflictPersistenceAdapter(jdbc);
    private final ReviewLogPersistenceAdapter audit = new ReviewLogPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    @BeforeEach
    void emptyTable() {
        jdbc.sql("delete from notification_conflict").update();
    }

    private static TopUpNotification refused(String amount) {
        return new TopUpNotification("FPN-C1", PhoneNumber.parse("081234567890"),
                OffsetDateTime.parse("2026-11-24T12:00:00+07:00"), "FP0001", Money.parse(amount), "Top up",
                new TopUpChannel("vabca"));
    }

    @Test
    void aConflictIsRecordedOncePerContentAndListedNewestFirst() {
        conflicts.recordConflict(refused("75001"));
        conflicts.recordConflict(refused("75001"));
        conflicts.recordConflict(refused("75002"));

        List<NotificationConflict> listed = conflicts.listConflicts(null, null, 10);

        assertThat(listed).extracting(conflict -> conflict.amount().toPlainString()).containsExactly("75002.00", "75001.00");
        assertThat(listed).allSatisfy(conflict -> {
            assertThat(conflict.customerNumber()).isEqualTo(PhoneNumber.parse("081234567890"));
            assertThat(conflict.isAcknowledged()).isFalse();
        });
    }

    @Test
    void anAcknowledgementPassesOnceAndIsAuditedInItsTransaction() {
        conflicts.recordConflict(refused("75001"));
        NotificationConflict open = conflicts.listConflicts(false, null, 1).get(0);
        NotificationConflictService service = new NotificationConflictService(conflicts, audit, transactions);

        AcknowledgeResult result = service.acknowledge(open.id(), OPERATOR, "refunded by Finpay");

        assertThat(result).isInstanceOf(AcknowledgeResult.Acknowledged.class);
        assertThatThrownBy(() -> conflicts.acknowledge(open, OPERATOR)).isInstanceOf(StaleRecordException.class);
        assertThat(conflicts.listConflicts(false, null, 10)).isEmpty();
        assertThat(conflicts.listConflicts(true, null, 10)).singleElement()
                .satisfies(conflict -> assertThat(conflict.acknowledgedBy()).isEqualTo(OPERATOR));
        assertThat(audit.loadReviews(open.id())).singleElement()
                .satisfies(review -> assertThat(review.reason()).isEqualTo("refunded by Finpay"));
    }
}

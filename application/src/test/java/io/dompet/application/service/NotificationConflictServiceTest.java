package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.fakes.InMemoryNotificationConflicts;
import io.dompet.application.fakes.InMemoryReviewLog;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.port.in.NotificationConflictsUseCase.AcknowledgeResult;
import io.dompet.application.port.page.Page;
import io.dompet.domain.shared.DomainValidationException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpNotification;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationConflictServiceTest {

    private static final ApiClient OPERATOR = new ApiClient("ops");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InMemoryNotificationConflicts conflicts = new InMemoryNotificationConflicts(clock);
    private final InMemoryReviewLog audit = new InMemoryReviewLog(clock);
    private final NotificationConflictService service =
            new NotificationConflictService(conflicts, audit, new InlineTransactions());

    private NotificationConflict givenConflict(String amount) {
        conflicts.recordConflict(new TopUpNotification("FPN1", PhoneNumber.parse("081234567890"),
                OffsetDateTime.parse("2026-11-24T12:00:00+07:00"), "FP0001", Money.parse(amount), "Top up",
                new TopUpChannel("vabca")));
        clock.advance(Duration.ofSeconds(1));
        return conflicts.all().get(conflicts.all().size() - 1);
    }

    @Test
    void anAcknowledgementIsStoredOnceAndAuditedWithItsReason() {
        NotificationConflict conflict = givenConflict("75001");

        AcknowledgeResult first = service.acknowledge(conflict.id(), OPERATOR, "customer refunded by Finpay");
        AcknowledgeResult second = service.acknowledge(conflict.id(), OPERATOR, "again");

        assertThat(first).isInstanceOf(AcknowledgeResult.Acknowledged.class);
        assertThat(second).isInstanceOf(AcknowledgeResult.AlreadyAcknowledged.class);
        assertThat(conflicts.loadConflict(conflict.id()).orElseThrow().acknowledgedBy()).isEqualTo(OPERATOR);
        assertThat(audit.all()).singleElement().satisfies(review -> {
            assertThat(review.subjectId()).isEqualTo(conflict.id());
            assertThat(review.action()).isEqualTo(ReviewAction.ACKNOWLEDGE);
            assertThat(review.reason()).isEqualTo("customer refunded by Finpay");
            assertThat(review.statusBefore()).isEqualTo("OPEN");
            assertThat(review.statusAfter()).isEqualTo("ACKNOWLEDGED");
        });
    }

    @Test
    void theListIsNewestFirstAndFiltersOnAcknowledgement() {
        NotificationConflict older = givenConflict("75001");
        NotificationConflict newer = givenConflict("75002");
        service.acknowledge(older.id(), OPERATOR, "looked at");

        Page<NotificationConflict> all = service.listConflicts(null, null, 1);
        Page<NotificationConflict> rest = service.listConflicts(null, all.next(), 1);

        assertThat(all.items()).extracting(NotificationConflict::id).containsExactly(newer.id());
        assertThat(rest.items()).extracting(NotificationConflict::id).containsExactly(older.id());
        assertThat(rest.hasMore()).isFalse();
        assertThat(service.listConflicts(false, null, 50).items()).extracting(NotificationConflict::id)
                .containsExactly(newer.id());
        assertThat(service.listConflicts(true, null, 50).items()).extracting(NotificationConflict::id)
                .containsExactly(older.id());
    }

    @Test
    void anUnknownConflictIsNotFoundAndAReasonIsRequired() {
        assertThat(service.acknowledge(UUID.randomUUID(), OPERATOR, "why"))
                .isInstanceOf(AcknowledgeResult.NotFound.class);
        assertThatThrownBy(() -> service.acknowledge(UUID.randomUUID(), OPERATOR, " "))
                .isInstanceOf(DomainValidationException.class);
        assertThat(audit.all()).isEmpty();
    }
}

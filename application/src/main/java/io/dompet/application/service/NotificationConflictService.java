package io.dompet.application.service;

import io.dompet.application.port.in.NotificationConflictsUseCase;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.out.NotificationConflictPort;
import io.dompet.application.port.out.ReviewLogPort;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.InvalidTopUpException;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Lists notification conflicts and acknowledges one: a versioned update and its audit row in one transaction, so a
 * conflict is acknowledged once however many operators try at once.
 */
public final class NotificationConflictService implements NotificationConflictsUseCase {

    private final NotificationConflictPort conflicts;
    private final ReviewLogPort reviews;
    private final TransactionPort transactions;

    public NotificationConflictService(NotificationConflictPort conflicts, ReviewLogPort reviews,
                                       TransactionPort transactions) {
        this.conflicts = Objects.requireNonNull(conflicts);
        this.reviews = Objects.requireNonNull(reviews);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Page<NotificationConflict> listConflicts(@Nullable Boolean acknowledged, @Nullable PageCursor after,
                                                    int limit) {
        if (!Page.isValidLimit(limit)) {
            throw new IllegalArgumentException("limit must be 1 to " + Page.MAX_LIMIT);
        }
        return Page.of(transactions.inTransaction(() -> conflicts.listConflicts(acknowledged, after, limit + 1)),
                limit, conflict -> new PageCursor(conflict.receivedAt(), conflict.id()));
    }

    @Override
    public AcknowledgeResult acknowledge(UUID conflictId, ApiClient operator, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > Review.REASON_MAX_LENGTH) {
            throw new InvalidTopUpException("reason must be 1 to " + Review.REASON_MAX_LENGTH + " characters");
        }
        try {
            return transactions.inTransaction(() -> {
                Optional<NotificationConflict> found = conflicts.loadConflict(conflictId);
                if (found.isEmpty()) {
                    return new AcknowledgeResult.NotFound();
                }
                NotificationConflict before = found.get();
                if (before.isAcknowledged()) {
                    return new AcknowledgeResult.AlreadyAcknowledged(before);
                }
                NotificationConflict after = conflicts.acknowledge(before, operator);
                Review review = reviews.recordReview(conflictId, operator, ReviewAction.ACKNOWLEDGE, reason, null,
                        before.status(), after.status());
                return new AcknowledgeResult.Acknowledged(after, review);
            });
        } catch (StaleRecordException concurrent) {
            return new AcknowledgeResult.AlreadyAcknowledged(
                    transactions.inTransaction(() -> conflicts.loadConflict(conflictId)).orElseThrow());
        }
    }
}

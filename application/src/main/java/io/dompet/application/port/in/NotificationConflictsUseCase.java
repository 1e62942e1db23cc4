package io.dompet.application.port.in;

import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.Review;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Notification conflicts for operators: listed newest first, and acknowledged once, audited. */
public interface NotificationConflictsUseCase {

    Page<NotificationConflict> listConflicts(@Nullable Boolean acknowledged, @Nullable PageCursor after, int limit);

    AcknowledgeResult acknowledge(UUID conflictId, ApiClient operator, String reason);

    /** What became of an acknowledgement. */
    sealed interface AcknowledgeResult {
        record Acknowledged(NotificationConflict conflict, Review review) implements AcknowledgeResult {
        }

        record NotFound() implements AcknowledgeResult {
        }

        /** Acknowledged before (perhaps by a concurrent request); nothing was done. */
        record AlreadyAcknowledged(NotificationConflict conflict) implements AcknowledgeResult {
        }
    }
}

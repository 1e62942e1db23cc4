package io.dompet.application.port.out;

import io.dompet.application.port.page.PageCursor;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUpNotification;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The notification conflicts awaiting, or past, an operator's look. Call it inside a transaction. */
public interface NotificationConflictPort {

    /** Records {@code refused}, received now (database clock); a conflict of the same content is recorded once. */
    void recordConflict(TopUpNotification refused);

    Optional<NotificationConflict> loadConflict(UUID id);

    /** At most {@code limit} conflicts, newest first, strictly after {@code after}; {@code acknowledged} filters when given. */
    List<NotificationConflict> listConflicts(@Nullable Boolean acknowledged, @Nullable PageCursor after, int limit);

    /**
     * Marks the conflict acknowledged by {@code by} now (database clock) if its row is still at
     * {@code conflict.version()}, and returns it as stored.
     *
     * @throws StaleRecordException when another writer changed it first
     */
    NotificationConflict acknowledge(NotificationConflict conflict, ApiClient by);
}

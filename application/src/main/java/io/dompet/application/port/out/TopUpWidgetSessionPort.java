package io.dompet.application.port.out;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.time.Instant;
import java.util.Optional;

/** Stores widget sessions. Call it inside {@link TransactionPort#inTransaction}. */
public interface TopUpWidgetSessionPort {

    /**
     * Stores a new session.
     *
     * @throws DuplicateRecordException when its id or {@code transNumber} is already stored (a database constraint)
     */
    TopUpWidgetSession insertSession(TopUpWidgetSession session);

    /**
     * Stores a changed session if its row still has {@code session.version()}, returning it with the new version.
     *
     * @throws StaleRecordException when another writer changed it first
     * @throws DuplicateRecordException when the top-up completing it already completed another session
     */
    TopUpWidgetSession updateSession(TopUpWidgetSession session);

    Optional<TopUpWidgetSession> loadSession(TopUpWidgetSessionId id);

    /**
     * The oldest {@code OPEN} session of {@code phoneNumber} issued after {@code issuedAfter}, locked until the
     * transaction ends (so two notifications for one phone do not complete the same session).
     */
    Optional<TopUpWidgetSession> lockOldestOpenSession(PhoneNumber phoneNumber, Instant issuedAfter);
}

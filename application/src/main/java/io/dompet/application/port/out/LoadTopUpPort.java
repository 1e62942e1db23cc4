package io.dompet.application.port.out;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads stored top-ups. */
public interface LoadTopUpPort {

    Optional<TopUp> loadTopUp(TopUpId id);

    Optional<TopUp> loadTopUpByIdempotencyKey(IdempotencyKey key);

    /** The customer's most recent top-ups, newest first. */
    List<TopUp> loadLatestTopUps(PhoneNumber customerNumber, int limit);

    /**
     * Direct top-ups whose outcome the reconciler must look for, oldest check first: {@code PENDING} ones whose next check
     * is due at {@code now}, and {@code REQUESTED} ones created before {@code requestedBefore} (whose dompet stopped
     * between storing them and recording Finpay's answer) whose next check, if any, is due.
     */
    List<TopUp> loadTopUpsDueForCheck(Instant now, Instant requestedBefore, int limit);
}

package io.dompet.application.port.out;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.util.List;
import java.util.Optional;

/** Reads stored top-ups. */
public interface LoadTopUpPort {

    Optional<TopUp> loadTopUp(TopUpId id);

    /**
     * The direct top-up {@code client} asked for under {@code key}: its own, or one stored before clients were
     * recorded ({@link ApiClient#LEGACY}) under that key, which every client's key matches.
     */
    Optional<TopUp> loadTopUpByIdempotencyKey(ApiClient client, IdempotencyKey key);

    /** The customer's most recent top-ups, newest first. */
    List<TopUp> loadLatestTopUps(PhoneNumber customerNumber, int limit);
}

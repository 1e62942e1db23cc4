package io.dompet.application.port.page;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which top-ups a list shows; every filter given must hold (a null one does not filter). {@code createdFrom} is
 * inclusive, {@code createdTo} exclusive. An {@code idempotencyKey} is always that of {@code client}: the client's own
 * top-up under that key, or one stored before clients were recorded ({@link ApiClient#LEGACY}), as a replay finds it.
 */
public record TopUpFilter(@Nullable TopUpStatus status, @Nullable Boolean needsReview,
                          @Nullable PhoneNumber customerNumber, @Nullable Instant createdFrom,
                          @Nullable Instant createdTo, @Nullable String referenceNo,
                          @Nullable IdempotencyKey idempotencyKey, @Nullable ApiClient client) {

    public TopUpFilter {
        if (idempotencyKey != null && client == null) {
            throw new IllegalArgumentException("an idempotency key is looked up for its client only");
        }
    }

    /** No filter: every top-up. */
    public static TopUpFilter none() {
        return new TopUpFilter(null, null, null, null, null, null, null, null);
    }
}

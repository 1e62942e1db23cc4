package io.dompet.application.port.out;

import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The audit of operator decisions. Call it inside the transaction of the change it records. */
public interface ReviewLogPort {

    /** Stores a decision, timed by the database's clock, and returns it as stored. */
    Review recordReview(UUID subjectId, ApiClient reviewer, ReviewAction action, @Nullable String reason,
                        @Nullable String referenceNo, String statusBefore, String statusAfter);

    /** The decisions about {@code subjectId}, oldest first. */
    List<Review> loadReviews(UUID subjectId);
}

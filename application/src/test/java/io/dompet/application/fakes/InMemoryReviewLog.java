package io.dompet.application.fakes;

import io.dompet.application.port.out.ReviewLogPort;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An in-memory audit of operator decisions, timed by the clock it is given (the "database clock"). Thread-safe. */
public final class InMemoryReviewLog implements ReviewLogPort {

    private final List<Review> reviews = new ArrayList<>();
    private final Clock databaseClock;

    public InMemoryReviewLog(Clock databaseClock) {
        this.databaseClock = databaseClock;
    }

    @Override
    public synchronized Review recordReview(UUID subjectId, ApiClient reviewer, ReviewAction action,
                                            @Nullable String reason, @Nullable String referenceNo,
                                            String statusBefore, String statusAfter) {
        Review review = new Review(UUID.randomUUID(), subjectId, reviewer, action, reason, referenceNo, statusBefore,
                statusAfter, databaseClock.instant());
        reviews.add(review);
        return review;
    }

    @Override
    public synchronized List<Review> loadReviews(UUID subjectId) {
        return reviews.stream().filter(review -> review.subjectId().equals(subjectId)).toList();
    }

    public synchronized List<Review> all() {
        return List.copyOf(reviews);
    }
}

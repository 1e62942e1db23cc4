package io.dompet.application.port.in;

import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.TopUpId;
import java.util.List;

/** An operator's review of a top-up: recheck it with Finpay now, or settle it by hand; every decision is audited. */
public interface ReviewTopUpUseCase {

    ReviewResult review(ReviewTopUpCommand command);

    /** The audited decisions about {@code topUpId}, oldest first. */
    List<Review> reviewsOf(TopUpId topUpId);
}

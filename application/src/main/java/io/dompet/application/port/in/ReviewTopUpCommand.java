package io.dompet.application.port.in;

import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.InvalidTopUpException;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An operator's decision about a top-up. {@code succeed} needs Finpay's {@code referenceNo} and a {@code reason};
 * {@code fail} needs a {@code reason}; {@code recheck} may give one. A reason is 1 to {@link Review#REASON_MAX_LENGTH}
 * characters.
 */
public record ReviewTopUpCommand(TopUpId topUpId, ApiClient reviewer, ReviewAction action,
                                 @Nullable String referenceNo, @Nullable String reason) {

    public ReviewTopUpCommand {
        Objects.requireNonNull(topUpId, "topUpId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(action, "action");
        if (action == ReviewAction.ACKNOWLEDGE) {
            throw new InvalidTopUpException("action must be recheck, succeed or fail");
        }
        if (reason != null && (reason.isBlank() || reason.length() > Review.REASON_MAX_LENGTH)) {
            throw new InvalidTopUpException("reason must be 1 to " + Review.REASON_MAX_LENGTH + " characters");
        }
        if (action != ReviewAction.RECHECK && reason == null) {
            throw new InvalidTopUpException("reason is required to " + action.wireName() + " a top-up");
        }
        if (action == ReviewAction.SUCCEED && (referenceNo == null || !TopUp.isStorableReferenceNo(referenceNo))) {
            throw new InvalidTopUpException("referenceNo must be Finpay's referenceNo of the top-up, 1 to "
                    + TopUp.REFERENCE_NO_MAX_LENGTH + " characters");
        }
        if (action != ReviewAction.SUCCEED && referenceNo != null) {
            throw new InvalidTopUpException("referenceNo is given only to succeed a top-up");
        }
    }
}

package io.dompet.domain.topup;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One operator decision, as audited: who ({@code reviewer}, the API client), when ({@code reviewedAt}, on the
 * database's clock), what ({@code action} on the record {@code subjectId}, with the status before and after) and why
 * ({@code reason}). Stored in the transaction of the change it records.
 *
 * @param subjectId    the top-up, or the notification conflict, reviewed
 * @param statusBefore the top-up's status before the decision (or {@code OPEN} for a conflict)
 * @param statusAfter  its status after the decision (the same when nothing changed)
 */
public record Review(UUID id, UUID subjectId, ApiClient reviewer, ReviewAction action, @Nullable String reason,
                     @Nullable String referenceNo, String statusBefore, String statusAfter, Instant reviewedAt) {

    /** The most characters of a reason (the room of {@code operator_review.reason}). */
    public static final int REASON_MAX_LENGTH = 500;

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(statusBefore, "statusBefore");
        Objects.requireNonNull(statusAfter, "statusAfter");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
}

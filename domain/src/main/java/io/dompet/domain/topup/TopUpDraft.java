package io.dompet.domain.topup;

import io.dompet.domain.shared.Draft;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.shared.StoredText;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a top-up, set by name, and the rules they keep together ({@link #checked}): a {@link TopUp} keeps its
 * state in one checked draft that nobody else holds, and a transition changes a copy of it. Hand-written
 * because the domain depends on the JDK alone; package-private, so that only {@link TopUp} builds top-ups from it. The
 * final fields never change after the request.
 */
final class TopUpDraft extends Draft<TopUpDraft> {

    final TopUpId id;
    final TopUpKind kind;
    TopUpStatus status;
    final PhoneNumber customerNumber;
    final Money amount;
    @Nullable PartnerReferenceNo partnerReferenceNo;
    @Nullable ApiClient client;
    @Nullable IdempotencyKey idempotencyKey;
    @Nullable TopUpChannel channel;
    @Nullable String customerName;
    @Nullable Money fee;
    @Nullable String feeType;
    @Nullable String referenceNo;
    @Nullable FinpayFailure failure;
    boolean needsReview;
    @Nullable String reviewReason;
    int checkAttempts;
    @Nullable Instant nextCheckAt;
    final Instant createdAt;
    Instant updatedAt;
    long version;

    /** A draft created at {@code createdAt}, with nothing else known yet. */
    TopUpDraft(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber, Money amount,
               Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.status = status;
        this.customerNumber = customerNumber;
        this.amount = amount;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** A top-up exactly as stored (see {@link TopUp#reconstitute}). */
    static TopUpDraft stored(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber, Money amount,
                             @Nullable PartnerReferenceNo partnerReferenceNo, @Nullable ApiClient client,
                             @Nullable IdempotencyKey idempotencyKey, @Nullable TopUpChannel channel,
                             @Nullable String customerName, @Nullable Money fee, @Nullable String feeType,
                             @Nullable String referenceNo, @Nullable FinpayFailure failure, boolean needsReview,
                             @Nullable String reviewReason, int checkAttempts, @Nullable Instant nextCheckAt,
                             Instant createdAt, Instant updatedAt, long version) {
        TopUpDraft draft = new TopUpDraft(id, kind, status, customerNumber, amount, createdAt);
        draft.partnerReferenceNo = partnerReferenceNo;
        draft.client = client;
        draft.idempotencyKey = idempotencyKey;
        draft.channel = channel;
        draft.customerName = customerName;
        draft.fee = fee;
        draft.feeType = feeType;
        draft.referenceNo = referenceNo;
        draft.failure = failure;
        draft.needsReview = needsReview;
        draft.reviewReason = reviewReason;
        draft.checkAttempts = checkAttempts;
        draft.nextCheckAt = nextCheckAt;
        draft.updatedAt = updatedAt;
        draft.version = version;
        return draft;
    }

    /**
     * This draft once it keeps every rule of a top-up, with its review reason made fit to store.
     *
     * @throws InvalidTopUpException naming the rule it breaks
     */
    TopUpDraft checked() {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(amount, "amount");
        if (reviewReason != null) {
            reviewReason = StoredText.clean(reviewReason, TopUp.REVIEW_REASON_MAX_LENGTH);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (amount.isZero()) {
            throw new InvalidTopUpException("a top-up amount must be greater than zero");
        }
        if (kind == TopUpKind.DIRECT
                && (partnerReferenceNo == null || client == null || idempotencyKey == null)) {
            throw new InvalidTopUpException("a direct top-up needs a partnerReferenceNo, a client and its idempotency key");
        }
        if (kind != TopUpKind.DIRECT && (client != null || idempotencyKey != null)) {
            throw new InvalidTopUpException("a notified top-up has no client and no idempotency key");
        }
        if (kind == TopUpKind.DIRECT && channel != null) {
            throw new InvalidTopUpException("a direct top-up has no payment channel");
        }
        if (kind != TopUpKind.DIRECT && (channel == null || status != TopUpStatus.SUCCEEDED)) {
            throw new InvalidTopUpException("a notified top-up has its channel and has succeeded");
        }
        if (status == TopUpStatus.SUCCEEDED && referenceNo == null && (kind != TopUpKind.DIRECT || !needsReview)) {
            throw new InvalidTopUpException("a succeeded top-up carries Finpay's referenceNo, unless it is a direct"
                    + " one flagged for review");
        }
        if (status == TopUpStatus.FAILED && failure == null) {
            throw new InvalidTopUpException("a failed top-up carries the reason it failed");
        }
        if (status != TopUpStatus.FAILED && failure != null) {
            throw new InvalidTopUpException("only a failed top-up carries a failure");
        }
        if (status == TopUpStatus.SENDING && (customerName == null || fee == null)) {
            throw new InvalidTopUpException("a top-up claimed for sending carries the inquiry's name and fee");
        }
        if (reviewReason != null && !needsReview) {
            throw new InvalidTopUpException("only a top-up flagged for review carries a review reason");
        }
        if (checkAttempts < 0 || version < 0) {
            throw new InvalidTopUpException("checkAttempts and version must not be negative");
        }
        return this;
    }
}

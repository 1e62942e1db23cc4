package io.dompet.domain.topup;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One cash-in to a customer's wallet. Immutable: each transition returns the top-up as it is afterwards, and only
 * the transitions of {@link TopUpStatus} exist ({@code REQUESTED → PENDING → SUCCEEDED | FAILED}). A failure keeps
 * Finpay's code and message; {@code needsReview} flags a top-up whose outcome the reconciler could not settle within
 * its budget. {@code version} is the version of the stored row this instance was read from (optimistic locking).
 */
public final class TopUp {

    private final TopUpId id;
    private final TopUpKind kind;
    private final TopUpStatus status;
    private final PhoneNumber customerNumber;
    private final Money amount;
    private final @Nullable PartnerReferenceNo partnerReferenceNo;
    private final @Nullable IdempotencyKey idempotencyKey;
    private final @Nullable TopUpChannel channel;
    private final @Nullable String customerName;
    private final @Nullable Money fee;
    private final @Nullable String feeType;
    private final @Nullable String referenceNo;
    private final @Nullable FinpayFailure failure;
    private final boolean needsReview;
    private final int checkAttempts;
    private final @Nullable Instant nextCheckAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private TopUp(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber, Money amount,
                  @Nullable PartnerReferenceNo partnerReferenceNo, @Nullable IdempotencyKey idempotencyKey,
                  @Nullable TopUpChannel channel, @Nullable String customerName, @Nullable Money fee,
                  @Nullable String feeType, @Nullable String referenceNo, @Nullable FinpayFailure failure,
                  boolean needsReview, int checkAttempts, @Nullable Instant nextCheckAt, Instant createdAt,
                  Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = Objects.requireNonNull(status, "status");
        this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.partnerReferenceNo = partnerReferenceNo;
        this.idempotencyKey = idempotencyKey;
        this.channel = channel;
        this.customerName = customerName;
        this.fee = fee;
        this.feeType = feeType;
        this.referenceNo = referenceNo;
        this.failure = failure;
        this.needsReview = needsReview;
        this.checkAttempts = checkAttempts;
        this.nextCheckAt = nextCheckAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if (amount.isZero()) {
            throw new InvalidTopUpException("a top-up amount must be greater than zero");
        }
        if (kind == TopUpKind.DIRECT && (partnerReferenceNo == null || idempotencyKey == null)) {
            throw new InvalidTopUpException("a direct top-up needs a partnerReferenceNo and an idempotency key");
        }
        if (kind == TopUpKind.DIRECT && channel != null) {
            throw new InvalidTopUpException("a direct top-up has no payment channel");
        }
        if (kind != TopUpKind.DIRECT && (channel == null || status != TopUpStatus.SUCCEEDED)) {
            throw new InvalidTopUpException("a notified top-up has its channel and has succeeded");
        }
        if (status == TopUpStatus.SUCCEEDED && referenceNo == null) {
            throw new InvalidTopUpException("a succeeded top-up carries Finpay's referenceNo");
        }
        if (status == TopUpStatus.FAILED && failure == null) {
            throw new InvalidTopUpException("a failed top-up carries the reason it failed");
        }
        if (status != TopUpStatus.FAILED && failure != null) {
            throw new InvalidTopUpException("only a failed top-up carries a failure");
        }
        if (checkAttempts < 0 || version < 0) {
            throw new InvalidTopUpException("checkAttempts and version must not be negative");
        }
    }

    /** A new merchant-funded top-up, stored as {@code REQUESTED} before Finpay is asked anything. */
    public static TopUp requestDirect(TopUpId id, IdempotencyKey idempotencyKey, PartnerReferenceNo partnerReferenceNo,
                                      PhoneNumber customerNumber, Money amount, Instant now) {
        return new TopUp(id, TopUpKind.DIRECT, TopUpStatus.REQUESTED, customerNumber, amount, partnerReferenceNo,
                idempotencyKey, null, null, null, null, null, null, false, 0, null, now, now, 0);
    }

    /**
     * A top-up the customer paid through a channel, learnt from a verified Notify Top Up: already {@code SUCCEEDED},
     * under Finpay's {@code referenceNo}.
     */
    public static TopUp notified(TopUpId id, TopUpNotification notification, Instant now) {
        return new TopUp(id, TopUpKind.CHANNEL, TopUpStatus.SUCCEEDED, notification.phoneNo(), notification.amount(),
                null, null, notification.channel(), null, null, null, notification.referenceNo(), null, false, 0, null,
                now, now, 0);
    }

    /** A top-up exactly as stored, for persistence adapters. */
    public static TopUp reconstitute(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber,
                                     Money amount, @Nullable PartnerReferenceNo partnerReferenceNo,
                                     @Nullable IdempotencyKey idempotencyKey, @Nullable TopUpChannel channel,
                                     @Nullable String customerName,
                                     @Nullable Money fee, @Nullable String feeType, @Nullable String referenceNo,
                                     @Nullable FinpayFailure failure, boolean needsReview, int checkAttempts,
                                     @Nullable Instant nextCheckAt, Instant createdAt, Instant updatedAt,
                                     long version) {
        return new TopUp(id, kind, status, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel,
                customerName, fee, feeType, referenceNo, failure, needsReview, checkAttempts, nextCheckAt, createdAt,
                updatedAt, version);
    }

    /** Keeps what Finpay's account inquiry said: the masked name and the fee, to be sent back exactly as received. */
    public TopUp recordInquiry(String customerName, Money fee, @Nullable String feeType, Instant now) {
        requireStatus(TopUpStatus.REQUESTED, TopUpStatus.REQUESTED);
        return new TopUp(id, kind, status, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel,
                Objects.requireNonNull(customerName, "customerName"), Objects.requireNonNull(fee, "fee"), feeType,
                referenceNo, failure, needsReview, checkAttempts, nextCheckAt, createdAt, now, version);
    }

    /** Finpay credited the wallet under {@code finpayReferenceNo}. */
    public TopUp succeed(String finpayReferenceNo, Instant now) {
        transitionTo(TopUpStatus.SUCCEEDED);
        if (finpayReferenceNo == null || finpayReferenceNo.isBlank()) {
            throw new InvalidTopUpException("Finpay's referenceNo must not be blank");
        }
        return new TopUp(id, kind, TopUpStatus.SUCCEEDED, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel,
                customerName, fee, feeType, finpayReferenceNo, null, needsReview, checkAttempts, null, createdAt, now,
                version);
    }

    /** Finpay did not, and will not, credit the wallet. */
    public TopUp fail(FinpayFailure reason, Instant now) {
        transitionTo(TopUpStatus.FAILED);
        return new TopUp(id, kind, TopUpStatus.FAILED, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel,
                customerName, fee, feeType, referenceNo, Objects.requireNonNull(reason, "reason"), needsReview,
                checkAttempts, null, createdAt, now, version);
    }

    /** Sent, outcome unknown: the status inquiry is due at {@code firstCheckAt}. */
    public TopUp markPending(Instant firstCheckAt, Instant now) {
        transitionTo(TopUpStatus.PENDING);
        return new TopUp(id, kind, TopUpStatus.PENDING, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel,
                customerName, fee, feeType, referenceNo, null, needsReview, checkAttempts,
                Objects.requireNonNull(firstCheckAt, "firstCheckAt"), createdAt, now, version);
    }

    /**
     * A status inquiry that settled nothing: one more attempt counted, the next one due at {@code nextCheckAt}, and
     * the top-up flagged for a person to review once {@code budgetExhausted}. The status does not change.
     */
    public TopUp checkedWithoutOutcome(Instant nextCheckAt, boolean budgetExhausted, Instant now) {
        if (status.isFinal()) {
            throw new IllegalTopUpTransitionException(id, status, status);
        }
        return new TopUp(id, kind, status, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel, customerName,
                fee, feeType, referenceNo, null, needsReview || budgetExhausted, checkAttempts + 1,
                Objects.requireNonNull(nextCheckAt, "nextCheckAt"), createdAt, now, version);
    }

    /** The same top-up as stored after one more successful update of its row. */
    public TopUp withVersion(long storedVersion) {
        return new TopUp(id, kind, status, customerNumber, amount, partnerReferenceNo, idempotencyKey, channel, customerName,
                fee, feeType, referenceNo, failure, needsReview, checkAttempts, nextCheckAt, createdAt, updatedAt,
                storedVersion);
    }

    /** True when this is the top-up a client asked for: same customer, same amount. */
    public boolean matches(PhoneNumber otherCustomer, Money otherAmount) {
        return customerNumber.equals(otherCustomer) && amount.equals(otherAmount);
    }

    private void transitionTo(TopUpStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalTopUpTransitionException(id, status, next);
        }
    }

    private void requireStatus(TopUpStatus required, TopUpStatus attempted) {
        if (status != required) {
            throw new IllegalTopUpTransitionException(id, status, attempted);
        }
    }

    public TopUpId id() { return id; }
    public TopUpKind kind() { return kind; }
    public TopUpStatus status() { return status; }
    public PhoneNumber customerNumber() { return customerNumber; }
    public Money amount() { return amount; }
    public Optional<PartnerReferenceNo> partnerReferenceNo() { return Optional.ofNullable(partnerReferenceNo); }
    public Optional<IdempotencyKey> idempotencyKey() { return Optional.ofNullable(idempotencyKey); }
    public Optional<TopUpChannel> channel() { return Optional.ofNullable(channel); }
    public Optional<String> customerName() { return Optional.ofNullable(customerName); }
    public Optional<Money> fee() { return Optional.ofNullable(fee); }
    public Optional<String> feeType() { return Optional.ofNullable(feeType); }
    public Optional<String> referenceNo() { return Optional.ofNullable(referenceNo); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(failure); }
    public boolean needsReview() { return needsReview; }
    public int checkAttempts() { return checkAttempts; }
    public Optional<Instant> nextCheckAt() { return Optional.ofNullable(nextCheckAt); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopUp that && id.equals(that.id) && version == that.version
                && status == that.status && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, status);
    }

    @Override
    public String toString() {
        return "TopUp[" + id + ", " + kind + ", " + status + ", " + customerNumber.masked() + ", " + amount
                + ", partnerReferenceNo=" + partnerReferenceNo + ", referenceNo=" + referenceNo
                + (failure == null ? "" : ", failure=" + failure.code()) + (needsReview ? ", needsReview" : "")
                + ", version=" + version + "]";
    }
}

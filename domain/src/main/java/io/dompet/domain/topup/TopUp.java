package io.dompet.domain.topup;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.shared.StoredText;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One cash-in to a customer's wallet. Immutable: each transition returns the top-up as it is afterwards, and only
 * the transitions of {@link TopUpStatus} exist. A direct top-up is {@code REQUESTED} until the one request that may
 * send it claims it ({@link #claimForSending}, {@code SENDING}); only then may it reach Finpay. A failure keeps
 * Finpay's code and message; {@code needsReview} flags a top-up whose outcome the reconciler could not settle within
 * its budget, or whose outcome could not be stored ({@code reviewReason} says why). {@code version} is the version of
 * the stored row this instance was read from (optimistic locking).
 *
 * <p>Its length is its 21 fields (the columns of {@code top_up}), each named in the invariants, the private
 * {@code Draft} and the accessors; a transition sets, by name, only the fields it changes.
 */
public final class TopUp {

    /** The room of {@code top_up.reference_no}: a longer Finpay referenceNo cannot be stored. */
    public static final int REFERENCE_NO_MAX_LENGTH = 64;
    /** The room of {@code top_up.customer_name}. */
    public static final int CUSTOMER_NAME_MAX_LENGTH = 255;
    /** The room of {@code top_up.fee_type}. */
    public static final int FEE_TYPE_MAX_LENGTH = 64;
    /** The room of {@code top_up.review_reason}. */
    public static final int REVIEW_REASON_MAX_LENGTH = 255;

    private final TopUpId id;
    private final TopUpKind kind;
    private final TopUpStatus status;
    private final PhoneNumber customerNumber;
    private final Money amount;
    private final @Nullable PartnerReferenceNo partnerReferenceNo;
    private final @Nullable ApiClient client;
    private final @Nullable IdempotencyKey idempotencyKey;
    private final @Nullable TopUpChannel channel;
    private final @Nullable String customerName;
    private final @Nullable Money fee;
    private final @Nullable String feeType;
    private final @Nullable String referenceNo;
    private final @Nullable FinpayFailure failure;
    private final boolean needsReview;
    private final @Nullable String reviewReason;
    private final int checkAttempts;
    private final @Nullable Instant nextCheckAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private TopUp(Draft draft) {
        this.id = Objects.requireNonNull(draft.id, "id");
        this.kind = Objects.requireNonNull(draft.kind, "kind");
        this.status = Objects.requireNonNull(draft.status, "status");
        this.customerNumber = Objects.requireNonNull(draft.customerNumber, "customerNumber");
        this.amount = Objects.requireNonNull(draft.amount, "amount");
        this.partnerReferenceNo = draft.partnerReferenceNo;
        this.client = draft.client;
        this.idempotencyKey = draft.idempotencyKey;
        this.channel = draft.channel;
        this.customerName = draft.customerName;
        this.fee = draft.fee;
        this.feeType = draft.feeType;
        this.referenceNo = draft.referenceNo;
        this.failure = draft.failure;
        this.needsReview = draft.needsReview;
        this.reviewReason = draft.reviewReason == null ? null
                : StoredText.clean(draft.reviewReason, REVIEW_REASON_MAX_LENGTH);
        this.checkAttempts = draft.checkAttempts;
        this.nextCheckAt = draft.nextCheckAt;
        this.createdAt = Objects.requireNonNull(draft.createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(draft.updatedAt, "updatedAt");
        this.version = draft.version;
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
        if (status == TopUpStatus.SUCCEEDED && referenceNo == null) {
            throw new InvalidTopUpException("a succeeded top-up carries Finpay's referenceNo");
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
    }

    /**
     * A new merchant-funded top-up that {@code client} asked for under its {@code idempotencyKey}, stored as
     * {@code REQUESTED} before Finpay is asked anything.
     */
    public static TopUp requestDirect(TopUpId id, ApiClient client, IdempotencyKey idempotencyKey,
                                      PartnerReferenceNo partnerReferenceNo, PhoneNumber customerNumber, Money amount,
                                      Instant now) {
        Draft draft = new Draft(id, TopUpKind.DIRECT, TopUpStatus.REQUESTED, customerNumber, amount, now);
        draft.partnerReferenceNo = partnerReferenceNo;
        draft.client = Objects.requireNonNull(client, "client");
        draft.idempotencyKey = idempotencyKey;
        return new TopUp(draft);
    }

    /**
     * A top-up the customer paid through a channel, learnt from a verified Notify Top Up: already {@code SUCCEEDED},
     * under Finpay's {@code referenceNo}.
     */
    public static TopUp notified(TopUpId id, TopUpNotification notification, Instant now) {
        Draft draft = new Draft(id, TopUpKind.CHANNEL, TopUpStatus.SUCCEEDED, notification.phoneNo(),
                notification.amount(), now);
        draft.channel = notification.channel();
        draft.referenceNo = notification.referenceNo();
        return new TopUp(draft);
    }

    /** A top-up exactly as stored, for persistence adapters. */
    public static TopUp reconstitute(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber,
                                     Money amount, @Nullable PartnerReferenceNo partnerReferenceNo,
                                     @Nullable ApiClient client, @Nullable IdempotencyKey idempotencyKey,
                                     @Nullable TopUpChannel channel,
                                     @Nullable String customerName,
                                     @Nullable Money fee, @Nullable String feeType, @Nullable String referenceNo,
                                     @Nullable FinpayFailure failure, boolean needsReview,
                                     @Nullable String reviewReason, int checkAttempts,
                                     @Nullable Instant nextCheckAt, Instant createdAt, Instant updatedAt,
                                     long version) {
        Draft draft = new Draft(id, kind, status, customerNumber, amount, createdAt);
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
        return new TopUp(draft);
    }

    /**
     * True when Finpay's masked customer name can be stored as it is: it must be sent back to Finpay exactly, so it
     * is never cleaned; a name that does not fit makes the inquiry's answer unusable.
     */
    public static boolean isStorableCustomerName(String customerName) {
        return customerName.length() <= CUSTOMER_NAME_MAX_LENGTH && customerName.indexOf('\0') < 0;
    }

    /**
     * True when Finpay's referenceNo can be stored as it is: it is Finpay's identity of a top-up that may have moved
     * money, so it is never cleaned or cut; one that does not fit needs a person ({@link #flagForReview}).
     */
    public static boolean isStorableReferenceNo(String referenceNo) {
        return !referenceNo.isBlank() && referenceNo.length() <= REFERENCE_NO_MAX_LENGTH
                && StoredText.isPlain(referenceNo);
    }

    /**
     * Claims the requested top-up for sending ({@code REQUESTED → SENDING}), keeping what Finpay's account inquiry
     * said: the masked name and the fee, to be sent back exactly as received. Only the request that stored this
     * claim may send the top-up.
     */
    public TopUp claimForSending(String customerName, Money fee, @Nullable String feeType, Instant now) {
        transitionTo(TopUpStatus.SENDING);
        Objects.requireNonNull(customerName, "customerName");
        if (!isStorableCustomerName(customerName)) {
            throw new InvalidTopUpException("the customer name from Finpay's inquiry cannot be stored");
        }
        return with(now, next -> {
            next.status = TopUpStatus.SENDING;
            next.customerName = customerName;
            next.fee = Objects.requireNonNull(fee, "fee");
            next.feeType = feeType == null ? null : StoredText.clean(feeType, FEE_TYPE_MAX_LENGTH);
        });
    }

    /** Finpay credited the wallet under {@code finpayReferenceNo} (which {@link #isStorableReferenceNo}). */
    public TopUp succeed(String finpayReferenceNo, Instant now) {
        transitionTo(TopUpStatus.SUCCEEDED);
        if (finpayReferenceNo == null || !isStorableReferenceNo(finpayReferenceNo)) {
            throw new InvalidTopUpException("Finpay's referenceNo must be 1 to " + REFERENCE_NO_MAX_LENGTH
                    + " characters without control characters");
        }
        return with(now, next -> {
            next.status = TopUpStatus.SUCCEEDED;
            next.referenceNo = finpayReferenceNo;
            next.nextCheckAt = null;
        });
    }

    /** Finpay did not, and will not, credit the wallet. */
    public TopUp fail(FinpayFailure reason, Instant now) {
        transitionTo(TopUpStatus.FAILED);
        Objects.requireNonNull(reason, "reason");
        return with(now, next -> {
            next.status = TopUpStatus.FAILED;
            next.failure = reason;
            next.nextCheckAt = null;
        });
    }

    /** Sent, outcome unknown ({@code SENDING → PENDING}): the status inquiry is due at {@code firstCheckAt}. */
    public TopUp markPending(Instant firstCheckAt, Instant now) {
        transitionTo(TopUpStatus.PENDING);
        Objects.requireNonNull(firstCheckAt, "firstCheckAt");
        return with(now, next -> {
            next.status = TopUpStatus.PENDING;
            next.nextCheckAt = firstCheckAt;
        });
    }

    /**
     * A status inquiry that settled nothing: one more attempt counted, the next one due at {@code nextCheckAt}, and
     * the top-up flagged for a person to review once {@code budgetExhausted}. A {@code SENDING} top-up becomes
     * {@code PENDING} (it may have been sent and nobody knows its outcome); the others keep their status.
     */
    public TopUp checkedWithoutOutcome(Instant nextCheckAt, boolean budgetExhausted, Instant now) {
        requireOpen();
        Objects.requireNonNull(nextCheckAt, "nextCheckAt");
        return with(now, next -> {
            next.status = openStatusAfterCheck();
            next.needsReview = needsReview || budgetExhausted;
            next.checkAttempts = checkAttempts + 1;
            next.nextCheckAt = nextCheckAt;
        });
    }

    /**
     * An outcome that cannot be stored as it is (e.g. a referenceNo longer than its column): the top-up stays open
     * (a {@code SENDING} one becomes {@code PENDING}), is flagged for a person with {@code reason}, and is checked
     * again at {@code nextCheckAt}.
     */
    public TopUp flagForReview(String reason, Instant nextCheckAt, Instant now) {
        requireOpen();
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nextCheckAt, "nextCheckAt");
        return with(now, next -> {
            next.status = openStatusAfterCheck();
            next.needsReview = true;
            next.reviewReason = reason;
            next.nextCheckAt = nextCheckAt;
        });
    }

    /** The same top-up as stored after one more successful update of its row. */
    public TopUp withVersion(long storedVersion) {
        return with(updatedAt, next -> next.version = storedVersion);
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

    private void requireOpen() {
        if (status.isFinal()) {
            throw new IllegalTopUpTransitionException(id, status, status);
        }
    }

    private TopUpStatus openStatusAfterCheck() {
        return status == TopUpStatus.SENDING ? TopUpStatus.PENDING : status;
    }

    /** This top-up with the fields {@code change} sets, updated at {@code now}; the constructor checks the result. */
    private TopUp with(Instant now, Consumer<Draft> change) {
        Draft next = new Draft(id, kind, status, customerNumber, amount, createdAt);
        next.partnerReferenceNo = partnerReferenceNo;
        next.client = client;
        next.idempotencyKey = idempotencyKey;
        next.channel = channel;
        next.customerName = customerName;
        next.fee = fee;
        next.feeType = feeType;
        next.referenceNo = referenceNo;
        next.failure = failure;
        next.needsReview = needsReview;
        next.reviewReason = reviewReason;
        next.checkAttempts = checkAttempts;
        next.nextCheckAt = nextCheckAt;
        next.updatedAt = now;
        next.version = version;
        change.accept(next);
        return new TopUp(next);
    }

    /**
     * The fields of a top-up being built, set by name: hand-written because the domain depends on the JDK alone, and
     * kept private so that every top-up still passes the constructor's checks.
     */
    private static final class Draft {
        private final TopUpId id;
        private final TopUpKind kind;
        private TopUpStatus status;
        private final PhoneNumber customerNumber;
        private final Money amount;
        private @Nullable PartnerReferenceNo partnerReferenceNo;
        private @Nullable ApiClient client;
        private @Nullable IdempotencyKey idempotencyKey;
        private @Nullable TopUpChannel channel;
        private @Nullable String customerName;
        private @Nullable Money fee;
        private @Nullable String feeType;
        private @Nullable String referenceNo;
        private @Nullable FinpayFailure failure;
        private boolean needsReview;
        private @Nullable String reviewReason;
        private int checkAttempts;
        private @Nullable Instant nextCheckAt;
        private final Instant createdAt;
        private Instant updatedAt;
        private long version;

        /** A draft created at {@code createdAt}, with nothing else known yet. */
        private Draft(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber, Money amount,
                      Instant createdAt) {
            this.id = id;
            this.kind = kind;
            this.status = status;
            this.customerNumber = customerNumber;
            this.amount = amount;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }
    }

    public TopUpId id() { return id; }
    public TopUpKind kind() { return kind; }
    public TopUpStatus status() { return status; }
    public PhoneNumber customerNumber() { return customerNumber; }
    public Money amount() { return amount; }
    public Optional<PartnerReferenceNo> partnerReferenceNo() { return Optional.ofNullable(partnerReferenceNo); }
    /** The API client that asked for a direct top-up; empty for a notified one. */
    public Optional<ApiClient> client() { return Optional.ofNullable(client); }
    public Optional<IdempotencyKey> idempotencyKey() { return Optional.ofNullable(idempotencyKey); }
    public Optional<TopUpChannel> channel() { return Optional.ofNullable(channel); }
    public Optional<String> customerName() { return Optional.ofNullable(customerName); }
    public Optional<Money> fee() { return Optional.ofNullable(fee); }
    public Optional<String> feeType() { return Optional.ofNullable(feeType); }
    public Optional<String> referenceNo() { return Optional.ofNullable(referenceNo); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(failure); }
    public boolean needsReview() { return needsReview; }
    /** Why a person must look, when dompet knows more than "the budget is spent". */
    public Optional<String> reviewReason() { return Optional.ofNullable(reviewReason); }
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
                + (client == null ? "" : ", client=" + client)
                + ", partnerReferenceNo=" + partnerReferenceNo + ", referenceNo=" + referenceNo
                + (failure == null ? "" : ", failure=" + failure.code()) + (needsReview ? ", needsReview" : "")
                + ", version=" + version + "]";
    }
}

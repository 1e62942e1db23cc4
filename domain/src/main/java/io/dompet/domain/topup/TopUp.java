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
 * the stored row this instance was read from (optimistic locking). Its fields (the columns of {@code top_up}) and
 * the rules they keep together live in a {@link TopUpDraft}, checked for every top-up built, so that a transition
 * sets, by name, only the fields it changes. It is a little over 250 lines because every transition of the money
 * path is here beside the rule it keeps; split over files, one state machine would be harder to read whole.
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

    private final TopUpDraft state;

    private TopUp(TopUpDraft state) {
        this.state = state.checked();
    }

    /**
     * A new merchant-funded top-up that {@code client} asked for under its {@code idempotencyKey}, stored as
     * {@code REQUESTED} before Finpay is asked anything.
     */
    public static TopUp requestDirect(TopUpId id, ApiClient client, IdempotencyKey idempotencyKey,
                                      PartnerReferenceNo partnerReferenceNo, PhoneNumber customerNumber, Money amount,
                                      Instant now) {
        TopUpDraft draft = new TopUpDraft(id, TopUpKind.DIRECT, TopUpStatus.REQUESTED, customerNumber, amount, now);
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
        TopUpDraft draft = new TopUpDraft(id, TopUpKind.CHANNEL, TopUpStatus.SUCCEEDED, notification.phoneNo(),
                notification.amount(), now);
        draft.channel = notification.channel();
        draft.referenceNo = notification.referenceNo();
        return new TopUp(draft);
    }

    /** A top-up exactly as stored, for persistence adapters. */
    public static TopUp reconstitute(TopUpId id, TopUpKind kind, TopUpStatus status, PhoneNumber customerNumber,
                                     Money amount, @Nullable PartnerReferenceNo partnerReferenceNo,
                                     @Nullable ApiClient client, @Nullable IdempotencyKey idempotencyKey,
                                     @Nullable TopUpChannel channel, @Nullable String customerName,
                                     @Nullable Money fee, @Nullable String feeType, @Nullable String referenceNo,
                                     @Nullable FinpayFailure failure, boolean needsReview,
                                     @Nullable String reviewReason, int checkAttempts,
                                     @Nullable Instant nextCheckAt, Instant createdAt, Instant updatedAt,
                                     long version) {
        return new TopUp(TopUpDraft.stored(id, kind, status, customerNumber, amount, partnerReferenceNo, client,
                idempotencyKey, channel, customerName, fee, feeType, referenceNo, failure, needsReview, reviewReason,
                checkAttempts, nextCheckAt, createdAt, updatedAt, version));
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

    /**
     * Finpay answered the top-up with success but named no {@code referenceNo}, and its status inquiry gave none
     * either: Finpay credited the wallet, so the top-up succeeds (it is never failed nor sent again) without Finpay's
     * reference, flagged for a person with {@code reason}.
     */
    public TopUp succeedWithoutReferenceNo(String reason, Instant now) {
        transitionTo(TopUpStatus.SUCCEEDED);
        Objects.requireNonNull(reason, "reason");
        return with(now, next -> {
            next.status = TopUpStatus.SUCCEEDED;
            next.needsReview = true;
            next.reviewReason = reason;
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
        return checkAgainAt(nextCheckAt, now, next -> {
            next.needsReview = state.needsReview || budgetExhausted;
            next.checkAttempts = state.checkAttempts + 1;
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
        return checkAgainAt(nextCheckAt, now, next -> {
            next.needsReview = true;
            next.reviewReason = reason;
        });
    }

    /**
     * An operator settled this top-up ({@link #succeed} or {@link #fail} first): nobody needs to look at it any more,
     * so {@code needsReview} and its reason are cleared.
     */
    public TopUp settledByReview(Instant now) {
        if (!state.status.isFinal()) {
            throw new IllegalTopUpTransitionException(state.id, state.status, state.status);
        }
        return with(now, next -> {
            next.needsReview = false;
            next.reviewReason = null;
        });
    }

    /** The same top-up as stored after one more successful update of its row. */
    public TopUp withVersion(long storedVersion) {
        return with(state.updatedAt, next -> next.version = storedVersion);
    }

    /** True when this is the top-up a client asked for: same customer, same amount. */
    public boolean matches(PhoneNumber otherCustomer, Money otherAmount) {
        return state.customerNumber.equals(otherCustomer) && state.amount.equals(otherAmount);
    }

    private void transitionTo(TopUpStatus next) {
        if (!state.status.canBecome(next)) {
            throw new IllegalTopUpTransitionException(state.id, state.status, next);
        }
    }

    private void requireOpen() {
        if (state.status.isFinal()) {
            throw new IllegalTopUpTransitionException(state.id, state.status, state.status);
        }
    }

    /** Still open and due for a check at {@code nextCheckAt}: a {@code SENDING} top-up becomes {@code PENDING}. */
    private TopUp checkAgainAt(Instant nextCheckAt, Instant now, Consumer<TopUpDraft> change) {
        Objects.requireNonNull(nextCheckAt, "nextCheckAt");
        return with(now, next -> {
            next.status = state.status == TopUpStatus.SENDING ? TopUpStatus.PENDING : state.status;
            next.nextCheckAt = nextCheckAt;
            change.accept(next);
        });
    }

    /** This top-up with the fields {@code change} sets, updated at {@code now}; the constructor checks the result. */
    private TopUp with(Instant now, Consumer<TopUpDraft> change) {
        return new TopUp(state.with(next -> {
            next.updatedAt = now;
            change.accept(next);
        }));
    }

    public TopUpId id() { return state.id; }
    public TopUpKind kind() { return state.kind; }
    public TopUpStatus status() { return state.status; }
    public PhoneNumber customerNumber() { return state.customerNumber; }
    public Money amount() { return state.amount; }
    public Optional<PartnerReferenceNo> partnerReferenceNo() { return Optional.ofNullable(state.partnerReferenceNo); }
    /** The API client that asked for a direct top-up; empty for a notified one. */
    public Optional<ApiClient> client() { return Optional.ofNullable(state.client); }
    public Optional<IdempotencyKey> idempotencyKey() { return Optional.ofNullable(state.idempotencyKey); }
    public Optional<TopUpChannel> channel() { return Optional.ofNullable(state.channel); }
    public Optional<String> customerName() { return Optional.ofNullable(state.customerName); }
    public Optional<Money> fee() { return Optional.ofNullable(state.fee); }
    public Optional<String> feeType() { return Optional.ofNullable(state.feeType); }
    public Optional<String> referenceNo() { return Optional.ofNullable(state.referenceNo); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(state.failure); }
    public boolean needsReview() { return state.needsReview; }
    /** Why a person must look, when dompet knows more than "the budget is spent". */
    public Optional<String> reviewReason() { return Optional.ofNullable(state.reviewReason); }
    public int checkAttempts() { return state.checkAttempts; }
    public Optional<Instant> nextCheckAt() { return Optional.ofNullable(state.nextCheckAt); }
    public Instant createdAt() { return state.createdAt; }
    public Instant updatedAt() { return state.updatedAt; }
    public long version() { return state.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopUp that && state.id.equals(that.state.id) && state.version == that.state.version
                && state.status == that.state.status && state.updatedAt.equals(that.state.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state.id, state.version, state.status);
    }

    @Override
    public String toString() {
        return "TopUp[" + state.id + ", " + state.kind + ", " + state.status + ", " + state.customerNumber.masked()
                + ", " + state.amount + (state.client == null ? "" : ", client=" + state.client)
                + ", partnerReferenceNo=" + state.partnerReferenceNo + ", referenceNo=" + state.referenceNo
                + (state.failure == null ? "" : ", failure=" + state.failure.code())
                + (state.needsReview ? ", needsReview" : "") + ", version=" + state.version + "]";
    }
}

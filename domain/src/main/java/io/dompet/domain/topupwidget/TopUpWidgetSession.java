package io.dompet.domain.topupwidget;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUpId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A Finpay Money top-up widget issued to a customer: stored with its unique {@code transNumber} before Finpay is
 * asked, {@code OPEN} once Finpay returned the widget URL, {@code COMPLETED} by the first Notify Top Up for the phone
 * within {@link #LIFETIME} of issue, {@code EXPIRED} when none came. Immutable; {@code version} is the stored row's.
 */
public final class TopUpWidgetSession {

    /** How long an open session waits for the customer's payment. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private final TopUpWidgetSessionId id;
    private final String transNumber;
    private final PhoneNumber phoneNumber;
    private final TopUpWidgetStatus status;
    private final @Nullable String widgetUrl;
    private final @Nullable FinpayFailure failure;
    private final @Nullable TopUpId completedBy;
    private final Instant requestedAt;
    private final @Nullable Instant issuedAt;
    private final long version;

    private TopUpWidgetSession(Draft draft) {
        this.id = Objects.requireNonNull(draft.id, "id");
        this.transNumber = Objects.requireNonNull(draft.transNumber, "transNumber");
        this.phoneNumber = Objects.requireNonNull(draft.phoneNumber, "phoneNumber");
        this.status = Objects.requireNonNull(draft.status, "status");
        this.widgetUrl = draft.widgetUrl;
        this.failure = draft.failure;
        this.completedBy = draft.completedBy;
        this.requestedAt = Objects.requireNonNull(draft.requestedAt, "requestedAt");
        this.issuedAt = draft.issuedAt;
        this.version = draft.version;
        if (!transNumber.matches("[A-Za-z0-9]{1,100}")) {
            throw new IllegalArgumentException("transNumber must be 1 to 100 letters or digits");
        }
        if ((status == TopUpWidgetStatus.OPEN || status == TopUpWidgetStatus.COMPLETED || status == TopUpWidgetStatus.EXPIRED)
                && (widgetUrl == null || issuedAt == null)) {
            throw new IllegalArgumentException("an issued widget session has its URL and issue time");
        }
        if ((status == TopUpWidgetStatus.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("exactly a failed widget session carries Finpay's failure");
        }
        if ((status == TopUpWidgetStatus.COMPLETED) != (completedBy != null)) {
            throw new IllegalArgumentException("exactly a completed widget session names the top-up that completed it");
        }
    }

    /** A new session, stored before Finpay is asked for the widget. */
    public static TopUpWidgetSession request(TopUpWidgetSessionId id, String transNumber, PhoneNumber phoneNumber,
                                             Instant now) {
        return new TopUpWidgetSession(new Draft(id, transNumber, phoneNumber, now));
    }

    public static TopUpWidgetSession reconstitute(TopUpWidgetSessionId id, String transNumber, PhoneNumber phoneNumber,
                                                  TopUpWidgetStatus status, @Nullable String widgetUrl,
                                                  @Nullable FinpayFailure failure, @Nullable TopUpId completedBy,
                                                  Instant requestedAt, @Nullable Instant issuedAt, long version) {
        Draft draft = new Draft(id, transNumber, phoneNumber, requestedAt);
        draft.status = status;
        draft.widgetUrl = widgetUrl;
        draft.failure = failure;
        draft.completedBy = completedBy;
        draft.issuedAt = issuedAt;
        draft.version = version;
        return new TopUpWidgetSession(draft);
    }

    /** Finpay issued the widget at {@code widgetUrl}. */
    public TopUpWidgetSession open(String widgetUrl, Instant now) {
        require(TopUpWidgetStatus.REQUESTED, TopUpWidgetStatus.OPEN);
        Objects.requireNonNull(widgetUrl, "widgetUrl");
        return with(next -> {
            next.status = TopUpWidgetStatus.OPEN;
            next.widgetUrl = widgetUrl;
            next.failure = null;
            next.completedBy = null;
            next.issuedAt = now;
        });
    }

    /** Finpay refused to issue the widget. */
    public TopUpWidgetSession fail(FinpayFailure reason, Instant now) {
        require(TopUpWidgetStatus.REQUESTED, TopUpWidgetStatus.FAILED);
        Objects.requireNonNull(reason, "reason");
        return with(next -> {
            next.status = TopUpWidgetStatus.FAILED;
            next.widgetUrl = null;
            next.failure = reason;
            next.completedBy = null;
            next.issuedAt = null;
        });
    }

    /** The customer paid: {@code topUp} is the notified top-up. */
    public TopUpWidgetSession complete(TopUpId topUp, Instant now) {
        if (status(now) != TopUpWidgetStatus.OPEN) {
            throw new IllegalStateException("widget session " + id + " is " + status(now) + ", not open");
        }
        Objects.requireNonNull(topUp, "topUp");
        return with(next -> {
            next.status = TopUpWidgetStatus.COMPLETED;
            next.failure = null;
            next.completedBy = topUp;
        });
    }

    public TopUpWidgetSession withVersion(long storedVersion) {
        return with(next -> next.version = storedVersion);
    }

    /** This session with the fields {@code change} sets; the constructor checks the result. */
    private TopUpWidgetSession with(Consumer<Draft> change) {
        Draft next = new Draft(id, transNumber, phoneNumber, requestedAt);
        next.status = status;
        next.widgetUrl = widgetUrl;
        next.failure = failure;
        next.completedBy = completedBy;
        next.issuedAt = issuedAt;
        next.version = version;
        change.accept(next);
        return new TopUpWidgetSession(next);
    }

    /**
     * The fields of a session being built, set by name. Private, so that every session still passes the
     * constructor's checks.
     */
    private static final class Draft {
        private final TopUpWidgetSessionId id;
        private final String transNumber;
        private final PhoneNumber phoneNumber;
        private TopUpWidgetStatus status = TopUpWidgetStatus.REQUESTED;
        private @Nullable String widgetUrl;
        private @Nullable FinpayFailure failure;
        private @Nullable TopUpId completedBy;
        private final Instant requestedAt;
        private @Nullable Instant issuedAt;
        private long version;

        private Draft(TopUpWidgetSessionId id, String transNumber, PhoneNumber phoneNumber, Instant requestedAt) {
            this.id = id;
            this.transNumber = transNumber;
            this.phoneNumber = phoneNumber;
            this.requestedAt = requestedAt;
        }
    }

    /** The status as of {@code now}: an open session older than {@link #LIFETIME} reads {@code EXPIRED}. */
    public TopUpWidgetStatus status(Instant now) {
        if (status == TopUpWidgetStatus.OPEN && issuedAt != null && !now.isBefore(issuedAt.plus(LIFETIME))) {
            return TopUpWidgetStatus.EXPIRED;
        }
        return status;
    }

    private void require(TopUpWidgetStatus required, TopUpWidgetStatus next) {
        if (status != required) {
            throw new IllegalStateException("widget session " + id + " cannot go from " + status + " to " + next);
        }
    }

    public TopUpWidgetSessionId id() { return id; }
    public String transNumber() { return transNumber; }
    public PhoneNumber phoneNumber() { return phoneNumber; }
    /** The stored status, without expiry applied; see {@link #status(Instant)}. */
    public TopUpWidgetStatus storedStatus() { return status; }
    public Optional<String> widgetUrl() { return Optional.ofNullable(widgetUrl); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(failure); }
    public Optional<TopUpId> completedBy() { return Optional.ofNullable(completedBy); }
    public Instant requestedAt() { return requestedAt; }
    public Optional<Instant> issuedAt() { return Optional.ofNullable(issuedAt); }
    public long version() { return version; }

    @Override
    public String toString() {
        return "TopUpWidgetSession[" + id + ", " + transNumber + ", " + phoneNumber.masked() + ", " + status
                + ", version=" + version + "]";
    }
}

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
 * Its fields and the rules they keep together live in a {@link TopUpWidgetSessionDraft}, checked for every session
 * built.
 */
public final class TopUpWidgetSession {

    /** How long an open session waits for the customer's payment. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private final TopUpWidgetSessionDraft state;

    private TopUpWidgetSession(TopUpWidgetSessionDraft state) {
        this.state = state.checked();
    }

    /** A new session, stored before Finpay is asked for the widget. */
    public static TopUpWidgetSession request(TopUpWidgetSessionId id, String transNumber, PhoneNumber phoneNumber,
                                             Instant now) {
        return new TopUpWidgetSession(new TopUpWidgetSessionDraft(id, transNumber, phoneNumber, now));
    }

    public static TopUpWidgetSession reconstitute(TopUpWidgetSessionId id, String transNumber, PhoneNumber phoneNumber,
                                                  TopUpWidgetStatus status, @Nullable String widgetUrl,
                                                  @Nullable FinpayFailure failure, @Nullable TopUpId completedBy,
                                                  Instant requestedAt, @Nullable Instant issuedAt, long version) {
        TopUpWidgetSessionDraft draft = new TopUpWidgetSessionDraft(id, transNumber, phoneNumber, requestedAt);
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
            next.issuedAt = null;
        });
    }

    /** The customer paid: {@code topUp} is the notified top-up. */
    public TopUpWidgetSession complete(TopUpId topUp, Instant now) {
        if (status(now) != TopUpWidgetStatus.OPEN) {
            throw new IllegalStateException("widget session " + state.id + " is " + status(now) + ", not open");
        }
        Objects.requireNonNull(topUp, "topUp");
        return with(next -> {
            next.status = TopUpWidgetStatus.COMPLETED;
            next.completedBy = topUp;
        });
    }

    public TopUpWidgetSession withVersion(long storedVersion) {
        return with(next -> next.version = storedVersion);
    }

    /** This session with the fields {@code change} sets; the constructor checks the result. */
    private TopUpWidgetSession with(Consumer<TopUpWidgetSessionDraft> change) {
        return new TopUpWidgetSession(state.with(change));
    }

    /** The status as of {@code now}: an open session older than {@link #LIFETIME} reads {@code EXPIRED}. */
    public TopUpWidgetStatus status(Instant now) {
        if (state.status == TopUpWidgetStatus.OPEN && state.issuedAt != null
                && !now.isBefore(state.issuedAt.plus(LIFETIME))) {
            return TopUpWidgetStatus.EXPIRED;
        }
        return state.status;
    }

    private void require(TopUpWidgetStatus required, TopUpWidgetStatus next) {
        if (state.status != required) {
            throw new IllegalStateException("widget session " + state.id + " cannot go from " + state.status + " to " + next);
        }
    }

    public TopUpWidgetSessionId id() { return state.id; }
    public String transNumber() { return state.transNumber; }
    public PhoneNumber phoneNumber() { return state.phoneNumber; }
    /** The stored status, without expiry applied; see {@link #status(Instant)}. */
    public TopUpWidgetStatus storedStatus() { return state.status; }
    public Optional<String> widgetUrl() { return Optional.ofNullable(state.widgetUrl); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(state.failure); }
    public Optional<TopUpId> completedBy() { return Optional.ofNullable(state.completedBy); }
    public Instant requestedAt() { return state.requestedAt; }
    public Optional<Instant> issuedAt() { return Optional.ofNullable(state.issuedAt); }
    public long version() { return state.version; }

    @Override
    public String toString() {
        return "TopUpWidgetSession[" + state.id + ", " + state.transNumber + ", " + state.phoneNumber.masked() + ", "
                + state.status + ", version=" + state.version + "]";
    }
}

package io.dompet.domain.billwidget;

import io.dompet.domain.shared.FinpayFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A Finpay bill-payment widget issued for a customer: the billers it offers ({@code productCodes}, 1 to {@value #MAX_PRODUCT_CODES}), an
 * optional pre-filled bill, and our unique {@code trxId} and {@code uniqKey} (≤ 32, stored before Finpay is asked).
 * Finpay's {@code redirectURL} and its token live {@code timeout} (30 s to 24 h); afterwards the widget reads
 * {@code EXPIRED}. Immutable; {@code version} is the stored row's. Its fields and the rules they keep together live in
 * a {@link BillWidgetDraft}, checked for every widget built.
 */
public final class BillWidget {

    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_TIMEOUT = Duration.ofHours(24);
    /** The most product codes one widget offers. */
    public static final int MAX_PRODUCT_CODES = 999;
    /** The longest {@code backUrl} or {@code returnUrl}. */
    public static final int MAX_URL_LENGTH = 100;

    private final BillWidgetDraft state;

    private BillWidget(BillWidgetDraft state) {
        this.state = state.checked();
    }

    /**
     * @param field the URL's name in the message, {@code backUrl} or {@code returnUrl}
     * @throws InvalidBillWidgetException unless {@code value} is an http(s) URL of at most {@value #MAX_URL_LENGTH}
     *     characters
     */
    public static String requireUrl(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.length() > MAX_URL_LENGTH || !value.matches("https?://\\S+")) {
            throw new InvalidBillWidgetException(field + " must be an http(s) URL of at most " + MAX_URL_LENGTH + " characters");
        }
        return value;
    }

    /** @throws InvalidBillWidgetException unless {@code count} is 1 to {@value #MAX_PRODUCT_CODES} */
    public static void checkProductCodeCount(int count) {
        if (count < 1 || count > MAX_PRODUCT_CODES) {
            throw new InvalidBillWidgetException("productCodes must list 1 to " + MAX_PRODUCT_CODES + " product codes");
        }
    }

    /** @throws InvalidBillWidgetException unless {@code timeout} lies between {@link #MIN_TIMEOUT} and {@link #MAX_TIMEOUT} */
    public static void checkTimeout(Duration timeout) {
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidBillWidgetException("timeout must be between 30 seconds and 24 hours");
        }
    }

    /** A new widget, stored before Finpay is asked. */
    public static BillWidget request(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
                                     @Nullable BillInfo billInfo, boolean notify, Duration timeout, String backUrl,
                                     String returnUrl, Instant now) {
        return new BillWidget(new BillWidgetDraft(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl,
                returnUrl, now));
    }

    public static BillWidget reconstitute(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
                                          @Nullable BillInfo billInfo, boolean notify, Duration timeout, String backUrl,
                                          String returnUrl, BillWidgetStatus status, @Nullable String redirectUrl,
                                          @Nullable String token, @Nullable FinpayFailure failure, Instant requestedAt,
                                          @Nullable Instant issuedAt, long version) {
        BillWidgetDraft draft = new BillWidgetDraft(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl,
                returnUrl, requestedAt);
        draft.status = status;
        draft.redirectUrl = redirectUrl;
        draft.token = token;
        draft.failure = failure;
        draft.issuedAt = issuedAt;
        draft.version = version;
        return new BillWidget(draft);
    }

    /** Finpay generated the widget: its redirect URL and the token in it. */
    public BillWidget issue(String redirectUrl, @Nullable String token, Instant now) {
        requireRequested(BillWidgetStatus.ISSUED);
        Objects.requireNonNull(redirectUrl, "redirectUrl");
        return with(next -> {
            next.status = BillWidgetStatus.ISSUED;
            next.redirectUrl = redirectUrl;
            next.token = token;
            next.issuedAt = now;
        });
    }

    /** Finpay refused, or gave no usable answer. */
    public BillWidget fail(FinpayFailure reason, Instant now) {
        requireRequested(BillWidgetStatus.FAILED);
        Objects.requireNonNull(reason, "reason");
        return with(next -> {
            next.status = BillWidgetStatus.FAILED;
            next.redirectUrl = null;
            next.token = null;
            next.failure = reason;
            next.issuedAt = null;
        });
    }

    public BillWidget withVersion(long storedVersion) {
        return with(next -> next.version = storedVersion);
    }

    /** This widget with the fields {@code change} sets; the constructor checks the result. */
    private BillWidget with(Consumer<BillWidgetDraft> change) {
        return new BillWidget(state.with(change));
    }

    private void requireRequested(BillWidgetStatus next) {
        if (state.status != BillWidgetStatus.REQUESTED) {
            throw new IllegalStateException("bill widget " + state.id + " cannot go from " + state.status + " to " + next);
        }
    }

    /** The status as of {@code now}: an issued widget reads {@code EXPIRED} once its timeout has passed. */
    public BillWidgetStatus status(Instant now) {
        if (state.status == BillWidgetStatus.ISSUED && state.issuedAt != null
                && !now.isBefore(state.issuedAt.plus(state.timeout))) {
            return BillWidgetStatus.EXPIRED;
        }
        return state.status;
    }

    /** When the widget's token stops working, once issued. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(state.issuedAt).map(at -> at.plus(state.timeout));
    }

    public BillWidgetId id() { return state.id; }
    public String trxId() { return state.trxId; }
    public String uniqKey() { return state.uniqKey; }
    public List<ProductCode> productCodes() { return state.productCodes; }
    public Optional<BillInfo> billInfo() { return Optional.ofNullable(state.billInfo); }
    public boolean isNotif() { return state.notify; }
    public Duration timeout() { return state.timeout; }
    public String backUrl() { return state.backUrl; }
    public String returnUrl() { return state.returnUrl; }
    public BillWidgetStatus storedStatus() { return state.status; }
    public Optional<String> redirectUrl() { return Optional.ofNullable(state.redirectUrl); }
    public Optional<String> token() { return Optional.ofNullable(state.token); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(state.failure); }
    public Instant requestedAt() { return state.requestedAt; }
    public Optional<Instant> issuedAt() { return Optional.ofNullable(state.issuedAt); }
    public long version() { return state.version; }

    /** No token (it is a Bearer credential) and no bill details. */
    @Override
    public String toString() {
        return "BillWidget[" + state.id + ", trxId=" + state.trxId + ", " + state.productCodes + ", " + state.status
                + ", version=" + state.version + "]";
    }
}

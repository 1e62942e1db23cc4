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
 * {@code EXPIRED}. Immutable; {@code version} is the stored row's.
 */
public final class BillWidget {

    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_TIMEOUT = Duration.ofHours(24);
    /** The most product codes one widget offers. */
    public static final int MAX_PRODUCT_CODES = 999;
    /** The longest {@code backUrl} or {@code returnUrl}. */
    public static final int MAX_URL_LENGTH = 100;

    private final BillWidgetId id;
    private final String trxId;
    private final String uniqKey;
    private final List<ProductCode> productCodes;
    private final @Nullable BillInfo billInfo;
    private final boolean notify;
    private final Duration timeout;
    private final String backUrl;
    private final String returnUrl;
    private final BillWidgetStatus status;
    private final @Nullable String redirectUrl;
    private final @Nullable String token;
    private final @Nullable FinpayFailure failure;
    private final Instant requestedAt;
    private final @Nullable Instant issuedAt;
    private final long version;

    private BillWidget(Draft draft) {
        this.id = Objects.requireNonNull(draft.id, "id");
        this.trxId = requireKey(draft.trxId, "trxId");
        this.uniqKey = requireKey(draft.uniqKey, "uniqKey");
        this.productCodes = List.copyOf(Objects.requireNonNull(draft.productCodes, "productCodes"));
        this.billInfo = draft.billInfo;
        this.notify = draft.notify;
        this.timeout = Objects.requireNonNull(draft.timeout, "timeout");
        this.backUrl = requireUrl(draft.backUrl, "backUrl");
        this.returnUrl = requireUrl(draft.returnUrl, "returnUrl");
        this.status = Objects.requireNonNull(draft.status, "status");
        this.redirectUrl = draft.redirectUrl;
        this.token = draft.token;
        this.failure = draft.failure;
        this.requestedAt = Objects.requireNonNull(draft.requestedAt, "requestedAt");
        this.issuedAt = draft.issuedAt;
        this.version = draft.version;
        checkProductCodeCount(this.productCodes.size());
        if (this.productCodes.stream().distinct().count() != this.productCodes.size()) {
            throw new InvalidBillWidgetException("productCodes must not repeat a product code");
        }
        checkTimeout(timeout);
        if ((status == BillWidgetStatus.ISSUED || status == BillWidgetStatus.EXPIRED)
                && (redirectUrl == null || issuedAt == null)) {
            throw new InvalidBillWidgetException("an issued bill widget has its redirect URL and issue time");
        }
        if ((status == BillWidgetStatus.FAILED) != (failure != null)) {
            throw new InvalidBillWidgetException("exactly a failed bill widget carries Finpay's failure");
        }
    }

    private static String requireKey(String value, String field) {
        Objects.requireNonNull(value, field);
        if (!value.matches("[A-Za-z0-9]{1,32}")) {
            throw new InvalidBillWidgetException(field + " must be 1 to 32 letters or digits");
        }
        return value;
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
        return new BillWidget(new Draft(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl,
                returnUrl, now));
    }

    public static BillWidget reconstitute(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
                                          @Nullable BillInfo billInfo, boolean notify, Duration timeout, String backUrl,
                                          String returnUrl, BillWidgetStatus status, @Nullable String redirectUrl,
                                          @Nullable String token, @Nullable FinpayFailure failure, Instant requestedAt,
                                          @Nullable Instant issuedAt, long version) {
        Draft draft = new Draft(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl,
                requestedAt);
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
    private BillWidget with(Consumer<Draft> change) {
        Draft next = new Draft(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl,
                requestedAt);
        next.status = status;
        next.redirectUrl = redirectUrl;
        next.token = token;
        next.failure = failure;
        next.issuedAt = issuedAt;
        next.version = version;
        change.accept(next);
        return new BillWidget(next);
    }

    /**
     * The fields of a widget being built, set by name: what the customer asked for is fixed, what Finpay answered is
     * set by the transitions. Private, so that every widget still passes the constructor's checks.
     */
    private static final class Draft {
        private final BillWidgetId id;
        private final String trxId;
        private final String uniqKey;
        private final List<ProductCode> productCodes;
        private final @Nullable BillInfo billInfo;
        private final boolean notify;
        private final Duration timeout;
        private final String backUrl;
        private final String returnUrl;
        private BillWidgetStatus status = BillWidgetStatus.REQUESTED;
        private @Nullable String redirectUrl;
        private @Nullable String token;
        private @Nullable FinpayFailure failure;
        private final Instant requestedAt;
        private @Nullable Instant issuedAt;
        private long version;

        private Draft(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
                      @Nullable BillInfo billInfo, boolean notify, Duration timeout, String backUrl, String returnUrl,
                      Instant requestedAt) {
            this.id = id;
            this.trxId = trxId;
            this.uniqKey = uniqKey;
            this.productCodes = productCodes;
            this.billInfo = billInfo;
            this.notify = notify;
            this.timeout = timeout;
            this.backUrl = backUrl;
            this.returnUrl = returnUrl;
            this.requestedAt = requestedAt;
        }
    }

    private void requireRequested(BillWidgetStatus next) {
        if (status != BillWidgetStatus.REQUESTED) {
            throw new IllegalStateException("bill widget " + id + " cannot go from " + status + " to " + next);
        }
    }

    /** The status as of {@code now}: an issued widget reads {@code EXPIRED} once its timeout has passed. */
    public BillWidgetStatus status(Instant now) {
        if (status == BillWidgetStatus.ISSUED && issuedAt != null && !now.isBefore(issuedAt.plus(timeout))) {
            return BillWidgetStatus.EXPIRED;
        }
        return status;
    }

    /** When the widget's token stops working, once issued. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(issuedAt).map(at -> at.plus(timeout));
    }

    public BillWidgetId id() { return id; }
    public String trxId() { return trxId; }
    public String uniqKey() { return uniqKey; }
    public List<ProductCode> productCodes() { return productCodes; }
    public Optional<BillInfo> billInfo() { return Optional.ofNullable(billInfo); }
    public boolean isNotif() { return notify; }
    public Duration timeout() { return timeout; }
    public String backUrl() { return backUrl; }
    public String returnUrl() { return returnUrl; }
    public BillWidgetStatus storedStatus() { return status; }
    public Optional<String> redirectUrl() { return Optional.ofNullable(redirectUrl); }
    public Optional<String> token() { return Optional.ofNullable(token); }
    public Optional<FinpayFailure> failure() { return Optional.ofNullable(failure); }
    public Instant requestedAt() { return requestedAt; }
    public Optional<Instant> issuedAt() { return Optional.ofNullable(issuedAt); }
    public long version() { return version; }

    /** No token (it is a Bearer credential) and no bill details. */
    @Override
    public String toString() {
        return "BillWidget[" + id + ", trxId=" + trxId + ", " + productCodes + ", " + status + ", version=" + version + "]";
    }
}

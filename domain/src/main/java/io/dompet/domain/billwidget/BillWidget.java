package io.dompet.domain.billwidget;

import io.dompet.domain.topup.FinpayFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    private BillWidget(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
                       @Nullable BillInfo billInfo, boolean notify, Duration timeout, String backUrl, String returnUrl,
                       BillWidgetStatus status, @Nullable String redirectUrl, @Nullable String token,
                       @Nullable FinpayFailure failure, Instant requestedAt, @Nullable Instant issuedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.trxId = requireKey(trxId, "trxId");
        this.uniqKey = requireKey(uniqKey, "uniqKey");
        this.productCodes = List.copyOf(Objects.requireNonNull(productCodes, "productCodes"));
        this.billInfo = billInfo;
        this.notify = notify;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.backUrl = requireUrl(backUrl, "backUrl");
        this.returnUrl = requireUrl(returnUrl, "returnUrl");
        this.status = Objects.requireNonNull(status, "status");
        this.redirectUrl = redirectUrl;
        this.token = token;
        this.failure = failure;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.issuedAt = issuedAt;
        this.version = version;
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
        return new BillWidget(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl,
                BillWidgetStatus.REQUESTED, null, null, null, now, null, 0);
    }

    public static BillWidget reconstitute(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
                                          @Nullable BillInfo billInfo, boolean notify, Duration timeout, String backUrl,
                                          String returnUrl, BillWidgetStatus status, @Nullable String redirectUrl,
                                          @Nullable String token, @Nullable FinpayFailure failure, Instant requestedAt,
                                          @Nullable Instant issuedAt, long version) {
        return new BillWidget(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl, status,
                redirectUrl, token, failure, requestedAt, issuedAt, version);
    }

    /** Finpay generated the widget: its redirect URL and the token in it. */
    public BillWidget issue(String redirectUrl, @Nullable String token, Instant now) {
        requireRequested(BillWidgetStatus.ISSUED);
        return new BillWidget(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl,
                BillWidgetStatus.ISSUED, Objects.requireNonNull(redirectUrl, "redirectUrl"), token, null, requestedAt,
                now, version);
    }

    /** Finpay refused, or gave no usable answer. */
    public BillWidget fail(FinpayFailure reason, Instant now) {
        requireRequested(BillWidgetStatus.FAILED);
        return new BillWidget(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl,
                BillWidgetStatus.FAILED, null, null, Objects.requireNonNull(reason, "reason"), requestedAt, null,
                version);
    }

    public BillWidget withVersion(long storedVersion) {
        return new BillWidget(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl, status,
                redirectUrl, token, failure, requestedAt, issuedAt, storedVersion);
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

package io.dompet.domain.billwidget;

import io.dompet.domain.shared.Draft;
import io.dompet.domain.shared.FinpayFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a bill widget, set by name, and the rules they keep together ({@link #checked}): what the customer
 * asked for is fixed, what Finpay answered is set by the transitions. A {@link BillWidget} keeps its state in one
 * checked draft that nobody else holds, and a transition changes a copy of it. Hand-written because the
 * domain depends on the JDK alone; package-private, so that only {@link BillWidget} builds widgets from it.
 */
final class BillWidgetDraft extends Draft<BillWidgetDraft> {

    final BillWidgetId id;
    final String trxId;
    final String uniqKey;
    List<ProductCode> productCodes;
    final @Nullable BillInfo billInfo;
    final boolean notify;
    final Duration timeout;
    final String backUrl;
    final String returnUrl;
    BillWidgetStatus status = BillWidgetStatus.REQUESTED;
    @Nullable String redirectUrl;
    @Nullable String token;
    @Nullable FinpayFailure failure;
    final Instant requestedAt;
    @Nullable Instant issuedAt;
    long version;

    BillWidgetDraft(BillWidgetId id, String trxId, String uniqKey, List<ProductCode> productCodes,
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

    /**
     * This draft once it keeps every rule of a bill widget, with its product codes an unmodifiable copy.
     *
     * @throws InvalidBillWidgetException naming the rule it breaks
     */
    BillWidgetDraft checked() {
        Objects.requireNonNull(id, "id");
        requireKey(trxId, "trxId");
        requireKey(uniqKey, "uniqKey");
        productCodes = List.copyOf(Objects.requireNonNull(productCodes, "productCodes"));
        Objects.requireNonNull(timeout, "timeout");
        BillWidget.requireUrl(backUrl, "backUrl");
        BillWidget.requireUrl(returnUrl, "returnUrl");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        BillWidget.checkProductCodeCount(productCodes.size());
        if (productCodes.stream().distinct().count() != productCodes.size()) {
            throw new InvalidBillWidgetException("productCodes must not repeat a product code");
        }
        BillWidget.checkTimeout(timeout);
        if ((status == BillWidgetStatus.ISSUED || status == BillWidgetStatus.EXPIRED)
                && (redirectUrl == null || issuedAt == null)) {
            throw new InvalidBillWidgetException("an issued bill widget has its redirect URL and issue time");
        }
        if ((status == BillWidgetStatus.FAILED) != (failure != null)) {
            throw new InvalidBillWidgetException("exactly a failed bill widget carries Finpay's failure");
        }
        return this;
    }

    private static void requireKey(String value, String field) {
        Objects.requireNonNull(value, field);
        if (!value.matches("[A-Za-z0-9]{1,32}")) {
            throw new InvalidBillWidgetException(field + " must be 1 to 32 letters or digits");
        }
    }
}

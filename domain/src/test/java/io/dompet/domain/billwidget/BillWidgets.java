package io.dompet.domain.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.Fields;
import io.dompet.domain.shared.FinpayFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Bill widgets for the tests of every module (domain's test-jar): {@link #widget()} builds one in any state through
 * the aggregate's own transitions, and {@link #assertSameFields} compares two field by field (the widget has no
 * equals of its own).
 */
public final class BillWidgets {

    public static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");
    public static final String REDIRECT_URL = "https://devo.finnet.co.id/widget/bill?token=tok123";
    public static final String TOKEN = "tok123";
    public static final String BACK_URL = "https://merchant.example/back";
    public static final String RETURN_URL = "https://merchant.example/return";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private BillWidgets() {
    }

    public static List<ProductCode> codes(String... codes) {
        return Arrays.stream(codes).map(ProductCode::new).toList();
    }

    /** Letters and digits, unique in the test run: a trxId or uniqKey. */
    public static String key(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "X" + System.nanoTime();
    }

    /** A widget for product {@code 080003}, no bill, notified, 15 minutes, requested at {@link #NOW}, with its own keys. */
    public static Builder widget() {
        return new Builder();
    }

    /** Every field of {@code widget} by name; fails when the widget gains a field this map does not know. */
    public static Map<String, Object> fieldsOf(BillWidget widget) {
        return Fields.of(widget).put("id", widget.id()).put("trxId", widget.trxId()).put("uniqKey", widget.uniqKey())
                .put("productCodes", widget.productCodes()).put("billInfo", widget.billInfo())
                .put("notify", widget.isNotif()).put("timeout", widget.timeout()).put("backUrl", widget.backUrl())
                .put("returnUrl", widget.returnUrl()).put("status", widget.storedStatus())
                .put("redirectUrl", widget.redirectUrl()).put("token", widget.token()).put("failure", widget.failure())
                .put("requestedAt", widget.requestedAt()).put("issuedAt", widget.issuedAt())
                .put("version", widget.version()).toMap();
    }

    public static void assertSameFields(BillWidget actual, BillWidget expected) {
        assertThat(fieldsOf(actual)).containsExactlyEntriesOf(fieldsOf(expected));
    }

    /** A bill widget by name: set what the test cares about, then take it in the state it needs. */
    public static final class Builder {
        private BillWidgetId id = new BillWidgetId(UUID.randomUUID());
        private String trxId = key("T");
        private String uniqKey = key("U");
        private List<ProductCode> productCodes = codes("080003");
        private @Nullable BillInfo billInfo;
        private boolean notify = true;
        private Duration timeout = Duration.ofMinutes(15);
        private String backUrl = BACK_URL;
        private String returnUrl = RETURN_URL;
        private Instant requestedAt = NOW;

        private Builder() {
        }

        public Builder id(BillWidgetId id) { this.id = id; return this; }
        public Builder trxId(String trxId) { this.trxId = trxId; return this; }
        public Builder uniqKey(String uniqKey) { this.uniqKey = uniqKey; return this; }
        public Builder productCodes(List<ProductCode> productCodes) { this.productCodes = productCodes; return this; }
        public Builder productCodes(String... codes) { return productCodes(codes(codes)); }
        public Builder billInfo(@Nullable BillInfo billInfo) { this.billInfo = billInfo; return this; }
        public Builder notify(boolean notify) { this.notify = notify; return this; }
        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }
        public Builder backUrl(String backUrl) { this.backUrl = backUrl; return this; }
        public Builder returnUrl(String returnUrl) { this.returnUrl = returnUrl; return this; }
        public Builder requestedAt(Instant requestedAt) { this.requestedAt = requestedAt; return this; }

        public BillWidget requested() {
            return BillWidget.request(id, trxId, uniqKey, productCodes, billInfo, notify, timeout, backUrl, returnUrl,
                    requestedAt);
        }

        /** Issued at {@code issuedAt} with {@link #REDIRECT_URL} and {@link #TOKEN}. */
        public BillWidget issued(Instant issuedAt) {
            return requested().issue(REDIRECT_URL, TOKEN, issuedAt);
        }

        public BillWidget failed(String code, String message, Instant at) {
            return requested().fail(new FinpayFailure(code, message), at);
        }
    }
}

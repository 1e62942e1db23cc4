package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.Money;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Bill widgets for persistence tests, and a field-by-field comparison (the widget has no equals of its own). */
final class BillWidgets {

    static final String REDIRECT_URL = "https://devo.finnet.co.id/widget/bill?token=tok123";
    static final String TOKEN = "tok123";
    static final String BACK_URL = "https://merchant.example/back";
    static final String RETURN_URL = "https://merchant.example/return";
    static final String CUSTOMER_NAME = "Siti Nurhaliza";
    static final String CUSTOMER_PHONE = "081234567890";
    static final String CUSTOMER_EMAIL = "siti.nurhaliza@example.co.id";
    /** Every field of a bill, personal data included. */
    static final BillInfo FULL_BILL = new BillInfo("0001234567890", Money.parse("125000.50"), "202611",
            CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_EMAIL);
    /** In an order that is neither sorted nor the catalogue's. */
    static final List<ProductCode> CODES = codes("503000", "080003", "070001");

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private BillWidgets() {
    }

    static List<ProductCode> codes(String... codes) {
        return Arrays.stream(codes).map(ProductCode::new).toList();
    }

    /** A fresh {@code REQUESTED} widget with its own id, trxId and uniqKey. */
    static BillWidget requested(List<ProductCode> codes, @Nullable BillInfo bill, Instant requestedAt) {
        return BillWidget.request(new BillWidgetId(UUID.randomUUID()), key("T"), key("U"), codes, bill, true,
                Duration.ofMinutes(15), BACK_URL, RETURN_URL, requestedAt);
    }

    static BillWidget requested(Instant requestedAt) {
        return requested(CODES, FULL_BILL, requestedAt);
    }

    /** A fresh widget, {@code ISSUED} since {@code issuedAt}. */
    static BillWidget issued(Instant issuedAt) {
        return requested(issuedAt.minusMillis(300)).issue(REDIRECT_URL, TOKEN, issuedAt);
    }

    /** Letters and digits, unique in the test run. */
    static String key(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "X" + System.nanoTime();
    }

    /** Every field of {@code widget} by name; fails when the widget gains a field this map does not know. */
    static Map<String, Object> fieldsOf(BillWidget widget) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", widget.id());
        fields.put("trxId", widget.trxId());
        fields.put("uniqKey", widget.uniqKey());
        fields.put("productCodes", widget.productCodes());
        fields.put("billInfo", widget.billInfo());
        fields.put("notify", widget.isNotif());
        fields.put("timeout", widget.timeout());
        fields.put("backUrl", widget.backUrl());
        fields.put("returnUrl", widget.returnUrl());
        fields.put("status", widget.storedStatus());
        fields.put("redirectUrl", widget.redirectUrl());
        fields.put("token", widget.token());
        fields.put("failure", widget.failure());
        fields.put("requestedAt", widget.requestedAt());
        fields.put("issuedAt", widget.issuedAt());
        fields.put("version", widget.version());
        long declared = Arrays.stream(BillWidget.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).map(Field::getName).count();
        assertThat(fields).as("every field of BillWidget is compared").hasSize((int) declared);
        return fields;
    }

    static void assertSameFields(BillWidget actual, BillWidget expected) {
        assertThat(fieldsOf(actual)).containsExactlyEntriesOf(fieldsOf(expected));
    }
}

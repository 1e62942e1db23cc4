package io.dompet.domain.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.Fields;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUpId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Top-up widget sessions for the tests of every module (domain's test-jar), built through the aggregate's own
 * transitions, and a field-by-field comparison (the session has no equals of its own).
 */
public final class TopUpWidgetSessions {

    public static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    public static final String WIDGET_URL = "https://devo.finnet.co.id/widget/topup?token=abc123";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TopUpWidgetSessions() {
    }

    /** A fresh {@code REQUESTED} session of {@code phone} with its own id and transNumber. */
    public static TopUpWidgetSession requested(PhoneNumber phone, Instant requestedAt) {
        return TopUpWidgetSession.request(new TopUpWidgetSessionId(UUID.randomUUID()),
                "TEST" + SEQUENCE.incrementAndGet() + "X" + System.nanoTime(), phone, requestedAt);
    }

    /** A fresh session of {@code phone}, {@code OPEN} at {@link #WIDGET_URL} since {@code issuedAt}. */
    public static TopUpWidgetSession open(PhoneNumber phone, Instant issuedAt) {
        return requested(phone, issuedAt.minusMillis(300)).open(WIDGET_URL, issuedAt);
    }

    /** A fresh session of {@code phone} that Finpay refused with {@code code} at {@code at}. */
    public static TopUpWidgetSession failed(PhoneNumber phone, String code, Instant at) {
        return requested(phone, at.minusMillis(300)).fail(new FinpayFailure(code, "refused"), at);
    }

    /** A fresh session of {@code phone}, opened at {@code issuedAt} and completed by {@code topUp} at {@code at}. */
    public static TopUpWidgetSession completed(PhoneNumber phone, TopUpId topUp, Instant issuedAt, Instant at) {
        return open(phone, issuedAt).complete(topUp, at);
    }

    /** Every field of {@code session} by name; fails when the session gains a field this map does not know. */
    public static Map<String, Object> fieldsOf(TopUpWidgetSession session) {
        return Fields.of(session).put("id", session.id()).put("transNumber", session.transNumber())
                .put("phoneNumber", session.phoneNumber()).put("status", session.storedStatus())
                .put("widgetUrl", session.widgetUrl()).put("failure", session.failure())
                .put("completedBy", session.completedBy()).put("requestedAt", session.requestedAt())
                .put("issuedAt", session.issuedAt()).put("version", session.version()).toMap();
    }

    public static void assertSameFields(TopUpWidgetSession actual, TopUpWidgetSession expected) {
        assertThat(fieldsOf(actual)).containsExactlyEntriesOf(fieldsOf(expected));
    }
}

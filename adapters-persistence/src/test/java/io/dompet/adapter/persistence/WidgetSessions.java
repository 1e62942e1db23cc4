package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Widget sessions for persistence tests, and a field-by-field comparison (the session has no equals of its own). */
final class WidgetSessions {

    static final String WIDGET_URL = "https://devo.finnet.co.id/widget/topup?token=abc123";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private WidgetSessions() {
    }

    /** A fresh {@code REQUESTED} session of {@code phone} with its own id and transNumber. */
    static TopUpWidgetSession requested(PhoneNumber phone, Instant requestedAt) {
        return TopUpWidgetSession.request(new TopUpWidgetSessionId(UUID.randomUUID()),
                "TEST" + SEQUENCE.incrementAndGet() + "X" + System.nanoTime(), phone, requestedAt);
    }

    /** A fresh session of {@code phone}, {@code OPEN} since {@code issuedAt}. */
    static TopUpWidgetSession open(PhoneNumber phone, Instant issuedAt) {
        return requested(phone, issuedAt.minusMillis(300)).open(WIDGET_URL, issuedAt);
    }

    /** A notified top-up under the id {@code id}, to complete a session with (the table refers to it). */
    static TopUp notifiedTopUp(TopUpId id, Instant now) {
        return TopUp.notified(id, TopUps.notification("FPWIDGET" + SEQUENCE.incrementAndGet() + "X" + System.nanoTime(),
                TopUps.CUSTOMER, "150000.00"), now);
    }

    /** Every field of {@code session} by name; fails when the session gains a field this map does not know. */
    static Map<String, Object> fieldsOf(TopUpWidgetSession session) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", session.id());
        fields.put("transNumber", session.transNumber());
        fields.put("phoneNumber", session.phoneNumber());
        fields.put("status", session.storedStatus());
        fields.put("widgetUrl", session.widgetUrl());
        fields.put("failure", session.failure());
        fields.put("completedBy", session.completedBy());
        fields.put("requestedAt", session.requestedAt());
        fields.put("issuedAt", session.issuedAt());
        fields.put("version", session.version());
        long declared = Arrays.stream(TopUpWidgetSession.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).map(Field::getName).count();
        assertThat(fields).as("every field of TopUpWidgetSession is compared").hasSize((int) declared);
        return fields;
    }

    static void assertSameFields(TopUpWidgetSession actual, TopUpWidgetSession expected) {
        assertThat(fieldsOf(actual)).containsExactlyEntriesOf(fieldsOf(expected));
    }
}

package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpNotification;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Top-ups for persistence tests, and a field-by-field comparison (TopUp's equals looks at id, version, status only). */
final class TopUps {

    static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    static final PhoneNumber OTHER_CUSTOMER = PhoneNumber.parse("085712345678");
    static final ApiClient CLIENT = new ApiClient("backoffice");
    static final ApiClient OTHER_CLIENT = new ApiClient("mobile-app");
    /** Whole microseconds, as PostgreSQL keeps them. */
    static final Instant T0 = Instant.parse("2026-11-24T05:30:00.123456Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TopUps() {
    }

    /** A fresh {@code REQUESTED} direct top-up with its own id, key and partnerReferenceNo. */
    static TopUp requested(PhoneNumber customer, String amount, Instant createdAt) {
        long n = SEQUENCE.incrementAndGet();
        return TopUp.requestDirect(new TopUpId(UUID.randomUUID()), CLIENT,
                new IdempotencyKey("key-" + n + "-" + UUID.randomUUID()),
                new PartnerReferenceNo("TEST" + n + "X" + System.nanoTime()), customer, Money.parse(amount), createdAt);
    }

    static TopUp requested(Instant createdAt) {
        return requested(CUSTOMER, "50000.00", createdAt);
    }

    /** {@code requested} claimed for sending at {@code at}, with an inquiry's name and fee. */
    static TopUp claimed(TopUp requested, Instant at) {
        return requested.claimForSending("Bu di Sa**", Money.parse("1500.00"), "OUR", at);
    }

    /** A verified Notify Top Up: {@code customer} paid {@code amount} through {@code vabri}, under {@code referenceNo}. */
    static TopUpNotification notification(String referenceNo, PhoneNumber customer, String amount) {
        return new TopUpNotification(referenceNo, customer, OffsetDateTime.parse("2026-11-24T12:29:58+07:00"),
                "FINPAY-MERCHANT-1", Money.parse(amount), "Top up via BRI virtual account", new TopUpChannel("vabri"));
    }

    /** A fresh {@code CHANNEL} top-up, as a verified notification creates it, under {@code referenceNo}. */
    static TopUp notified(String referenceNo, Instant now) {
        return TopUp.notified(new TopUpId(UUID.randomUUID()), notification(referenceNo, CUSTOMER, "150000.00"), now);
    }

    /** Every field of {@code topUp} by name; fails when TopUp gains a field this map does not know. */
    static Map<String, Object> fieldsOf(TopUp topUp) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", topUp.id());
        fields.put("kind", topUp.kind());
        fields.put("status", topUp.status());
        fields.put("customerNumber", topUp.customerNumber());
        fields.put("amount", topUp.amount());
        fields.put("partnerReferenceNo", topUp.partnerReferenceNo());
        fields.put("client", topUp.client());
        fields.put("idempotencyKey", topUp.idempotencyKey());
        fields.put("channel", topUp.channel());
        fields.put("customerName", topUp.customerName());
        fields.put("fee", topUp.fee());
        fields.put("feeType", topUp.feeType());
        fields.put("referenceNo", topUp.referenceNo());
        fields.put("failure", topUp.failure());
        fields.put("needsReview", topUp.needsReview());
        fields.put("reviewReason", topUp.reviewReason());
        fields.put("checkAttempts", topUp.checkAttempts());
        fields.put("nextCheckAt", topUp.nextCheckAt());
        fields.put("createdAt", topUp.createdAt());
        fields.put("updatedAt", topUp.updatedAt());
        fields.put("version", topUp.version());
        long declared = Arrays.stream(TopUp.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).map(Field::getName).count();
        assertThat(fields).as("every field of TopUp is compared").hasSize((int) declared);
        return fields;
    }

    /** {@code actual} has every field of {@code expected}, amounts with their scale. */
    static void assertSameFields(TopUp actual, TopUp expected) {
        assertThat(fieldsOf(actual)).containsExactlyEntriesOf(fieldsOf(expected));
        assertThat(actual.amount().amount().scale()).isEqualTo(2);
        actual.fee().ifPresent(fee -> assertThat(fee.amount().scale()).isEqualTo(2));
    }
}

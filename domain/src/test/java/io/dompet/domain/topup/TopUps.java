package io.dompet.domain.topup;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.domain.shared.Fields;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Top-ups for the tests of every module (domain's test-jar): {@link #direct()} builds a direct top-up in any state
 * through the aggregate's own transitions, so every one is valid; {@link #notified} a channel top-up; and
 * {@link #assertSameFields} compares two top-ups field by field (TopUp's equals looks at id, version, status only).
 */
public final class TopUps {

    public static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    public static final PhoneNumber OTHER_CUSTOMER = PhoneNumber.parse("085712345678");
    public static final ApiClient CLIENT = new ApiClient("backoffice");
    public static final ApiClient OTHER_CLIENT = new ApiClient("mobile-app");
    public static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TopUps() {
    }

    /** A direct top-up of 50000.00 to {@link #CUSTOMER} by {@link #CLIENT} at {@link #NOW}, with its own id and keys. */
    public static Direct direct() {
        return new Direct();
    }

    /** A verified Notify Top Up: {@code customer} paid {@code amount} through {@code vabri}, under {@code referenceNo}. */
    public static TopUpNotification notification(String referenceNo, PhoneNumber customer, String amount) {
        return new TopUpNotification(referenceNo, customer, OffsetDateTime.parse("2026-11-24T12:29:58+07:00"),
                "FINPAY-MERCHANT-1", Money.parse(amount), "Top up via BRI virtual account", new TopUpChannel("vabri"));
    }

    /** A fresh {@code CHANNEL} top-up of 150000.00 to {@link #CUSTOMER}, as a verified notification creates it. */
    public static TopUp notified(String referenceNo, Instant now) {
        return TopUp.notified(new TopUpId(UUID.randomUUID()), notification(referenceNo, CUSTOMER, "150000.00"), now);
    }

    /** A fresh {@code CHANNEL} top-up of 150000.00 to {@link #CUSTOMER} under {@code id}, with its own referenceNo. */
    public static TopUp notified(TopUpId id, Instant now) {
        return TopUp.notified(id, notification("FP" + SEQUENCE.incrementAndGet() + "X" + System.nanoTime(), CUSTOMER,
                "150000.00"), now);
    }

    /** {@code requested} claimed for sending at {@code at}, with {@link Direct}'s default inquiry name and fee. */
    public static TopUp claimed(TopUp requested, Instant at) {
        return requested.claimForSending(Direct.CUSTOMER_NAME, Direct.FEE, Direct.FEE_TYPE, at);
    }

    /** Every field of {@code topUp} by name; fails when TopUp gains a field this map does not know. */
    public static Map<String, Object> fieldsOf(TopUp topUp) {
        return Fields.of(topUp).put("id", topUp.id()).put("kind", topUp.kind()).put("status", topUp.status())
                .put("customerNumber", topUp.customerNumber()).put("amount", topUp.amount())
                .put("partnerReferenceNo", topUp.partnerReferenceNo()).put("client", topUp.client())
                .put("idempotencyKey", topUp.idempotencyKey()).put("channel", topUp.channel())
                .put("customerName", topUp.customerName()).put("fee", topUp.fee()).put("feeType", topUp.feeType())
                .put("referenceNo", topUp.referenceNo()).put("failure", topUp.failure())
                .put("needsReview", topUp.needsReview()).put("reviewReason", topUp.reviewReason())
                .put("checkAttempts", topUp.checkAttempts()).put("nextCheckAt", topUp.nextCheckAt())
                .put("createdAt", topUp.createdAt()).put("updatedAt", topUp.updatedAt()).put("version", topUp.version())
                .toMap();
    }

    /** {@code actual} has every field of {@code expected}, amounts with their scale. */
    public static void assertSameFields(TopUp actual, TopUp expected) {
        assertThat(fieldsOf(actual)).containsExactlyEntriesOf(fieldsOf(expected));
        assertThat(actual.amount().amount().scale()).isEqualTo(2);
        actual.fee().ifPresent(fee -> assertThat(fee.amount().scale()).isEqualTo(2));
    }

    /**
     * A direct top-up by name: set what the test cares about, then take it in the state it needs. Transitions happen
     * at {@code updatedAt} (the claim at {@code createdAt}); the inquiry's name and fee and Finpay's referenceNo have
     * defaults.
     */
    public static final class Direct {
        private static final String CUSTOMER_NAME = "Bu di Sa**";
        private static final Money FEE = Money.parse("1500.00");
        private static final String FEE_TYPE = "OUR";

        private TopUpId id = new TopUpId(UUID.randomUUID());
        private ApiClient client = CLIENT;
        private IdempotencyKey idempotencyKey;
        private PartnerReferenceNo partnerReferenceNo;
        private PhoneNumber customer = CUSTOMER;
        private Money amount = Money.parse("50000.00");
        private Instant createdAt = NOW;
        private Instant updatedAt = NOW.plusSeconds(5);
        private String customerName = CUSTOMER_NAME;
        private Money fee = FEE;
        private String feeType = FEE_TYPE;
        private String referenceNo = "2026112405300000001";

        public Direct() {
            long n = SEQUENCE.incrementAndGet();
            idempotencyKey = new IdempotencyKey("key-" + n + "-" + UUID.randomUUID());
            partnerReferenceNo = new PartnerReferenceNo("TEST" + n + "X" + System.nanoTime());
        }

        public Direct id(TopUpId id) { this.id = id; return this; }
        public Direct client(ApiClient client) { this.client = client; return this; }
        public Direct idempotencyKey(String key) { this.idempotencyKey = new IdempotencyKey(key); return this; }
        public Direct partnerReferenceNo(String no) { this.partnerReferenceNo = new PartnerReferenceNo(no); return this; }
        public Direct customer(PhoneNumber customer) { this.customer = customer; return this; }
        public Direct customer(String customer) { return customer(PhoneNumber.parse(customer)); }
        public Direct amount(String amount) { this.amount = Money.parse(amount); return this; }
        /** Created at {@code createdAt}, and changed at the same time unless {@link #updatedAt} says otherwise. */
        public Direct createdAt(Instant createdAt) { this.createdAt = createdAt; this.updatedAt = createdAt; return this; }
        public Direct updatedAt(Instant updatedAt) { this.updatedAt = updatedAt; return this; }
        public Direct referenceNo(String referenceNo) { this.referenceNo = referenceNo; return this; }

        /** What Finpay's account inquiry said, kept by the claim. */
        public Direct inquiry(String customerName, String fee, String feeType) {
            this.customerName = customerName;
            this.fee = Money.parse(fee);
            this.feeType = feeType;
            return this;
        }

        public TopUp requested() {
            return TopUp.requestDirect(id, client, idempotencyKey, partnerReferenceNo, customer, amount, createdAt);
        }

        /** {@code SENDING}, claimed at {@code createdAt} with the inquiry's name and fee. */
        public TopUp claimed() {
            return requested().claimForSending(customerName, fee, feeType, createdAt);
        }

        /** Sent, outcome unknown: the status inquiry is due 30 s after {@code updatedAt}. */
        public TopUp pending() {
            return claimed().markPending(updatedAt.plusSeconds(30), updatedAt);
        }

        public TopUp succeeded() {
            return claimed().succeed(referenceNo, updatedAt);
        }

        /** Sent and refused by Finpay with {@code code} and {@code message}. */
        public TopUp failed(String code, String message) {
            return claimed().fail(new FinpayFailure(code, message), updatedAt);
        }

        /** Failed by dompet before anything was sent (e.g. {@link FinpayFailure#AMOUNT_OUTSIDE_LIMITS}). */
        public TopUp failedUnsent(String code, String message) {
            return requested().fail(new FinpayFailure(code, message), updatedAt);
        }
    }
}

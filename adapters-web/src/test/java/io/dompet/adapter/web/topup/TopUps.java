package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topup.TopUps.Direct;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Top-ups in each state, for the web tests: one customer, fixed ids and times, built by the domain's test builder
 * ({@link Direct}).
 */
public final class TopUps {

    public static final String CUSTOMER = "081234567890";
    public static final String CUSTOMER_INTERNATIONAL = "6281234567890";
    public static final String CUSTOMER_MASKED = "0812******90";
    public static final String ID = "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f";
    public static final String KEY = "order-4711";
    /** The client of these direct top-ups: the test application's configured client. */
    public static final ApiClient CLIENT = new ApiClient(WebAdapterTestApplication.ACME);
    public static final String PARTNER_REFERENCE_NO = "DPT7Q2M9X4K1";
    public static final String FINPAY_REFERENCE_NO = "2024041712033800001";
    public static final Instant CREATED = Instant.parse("2024-04-17T05:03:38Z");
    public static final Instant UPDATED = Instant.parse("2024-04-17T05:03:39.250Z");

    private TopUps() {
    }

    /** A direct top-up of {@code amount} with this class's ids, customer, times and inquiry answer. */
    private static Direct direct(String amount) {
        return new Direct().id(TopUpId.parse(ID)).client(CLIENT).idempotencyKey(KEY)
                .partnerReferenceNo(PARTNER_REFERENCE_NO).customer(CUSTOMER).amount(amount).createdAt(CREATED)
                .updatedAt(UPDATED).inquiry("BU** SAN***", "1000", "OUR").referenceNo(FINPAY_REFERENCE_NO);
    }

    public static TopUp requested(String amount) {
        return direct(amount).requested();
    }

    public static TopUp inquired(String amount) {
        return direct(amount).claimed();
    }

    public static TopUp succeeded(String amount) {
        return direct(amount).succeeded();
    }

    public static TopUp pending(String amount) {
        return direct(amount).pending();
    }

    public static TopUp failed(String amount, String code, String message) {
        return direct(amount).failed(code, message);
    }

    /** A top-up the customer paid through {@code channel}, learnt from Finpay's Notify Top Up. */
    public static TopUp notified(String amount, String channel) {
        TopUpNotification notification = new TopUpNotification(FINPAY_REFERENCE_NO, PhoneNumber.parse(CUSTOMER),
                OffsetDateTime.parse("2024-04-17T12:03:38+07:00"), "FP0001", Money.parse(amount), "Top up",
                new TopUpChannel(channel));
        return TopUp.notified(TopUpId.parse(ID), notification, UPDATED);
    }

    public static TopUp outsideLimits(String amount) {
        return direct(amount).failedUnsent(FinpayFailure.AMOUNT_OUTSIDE_LIMITS,
                "amount " + Money.parse(amount).toPlainString() + " is outside Finpay's limits for this customer: "
                        + "10000.00 to 2000000.00; no top-up was sent");
    }
}

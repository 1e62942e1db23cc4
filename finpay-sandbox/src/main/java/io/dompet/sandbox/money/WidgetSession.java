package io.dompet.sandbox.money;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One widget opened by {@code widget/topup}: who it is for and whether it was paid. Thread-safe: only one payment
 * runs at a time, and a paid widget stays paid.
 */
final class WidgetSession {

    enum State { OPEN, PAYING, PAID }

    private final String access;
    private final String phoneNumber;
    private final String transNumber;
    private final Instant createdAt;
    private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);
    private volatile Receipt receipt;

    WidgetSession(String access, String phoneNumber, String transNumber, Instant createdAt) {
        this.access = access;
        this.phoneNumber = phoneNumber;
        this.transNumber = transNumber;
        this.createdAt = createdAt;
    }

    String access() {
        return access;
    }

    /** The full {@code 08…} number: test data, never logged or shown (see {@link #maskedPhoneNumber()}). */
    String phoneNumber() {
        return phoneNumber;
    }

    /** {@code 0812****7890}: the first and last four digits. */
    String maskedPhoneNumber() {
        int hidden = Math.max(0, phoneNumber.length() - 8);
        return phoneNumber.substring(0, Math.min(4, phoneNumber.length())) + "*".repeat(hidden)
                + phoneNumber.substring(Math.max(4, phoneNumber.length() - 4));
    }

    String transNumber() {
        return transNumber;
    }

    Instant createdAt() {
        return createdAt;
    }

    State state() {
        return state.get();
    }

    /** The receipt once paid, else {@code null}. */
    Receipt receipt() {
        return receipt;
    }

    /** Claims the widget for one payment: {@code false} when it is being paid or already paid. */
    boolean startPaying() {
        return state.compareAndSet(State.OPEN, State.PAYING);
    }

    void paid(Receipt paid) {
        receipt = paid;
        state.set(State.PAID);
    }

    /** The payment failed: the customer may try again. */
    void reopen() {
        state.compareAndSet(State.PAYING, State.OPEN);
    }

    /**
     * @param referenceNo Finpay's {@code referenceNo} of the Notify Top Up
     * @param amount      two decimals
     * @param channel     one of {@link WidgetChannels#CODES}
     * @param paidAt      ISO-8601, Jakarta
     */
    record Receipt(String referenceNo, String amount, String channel, String paidAt) {
    }
}

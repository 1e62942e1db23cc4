package io.dompet.application.fakes;

import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.QuotedAmount;
import io.dompet.domain.shared.Money;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A scripted Finpay: answers each call with the next scripted outcome (or a default), records every call, and fails
 * the test when called while a database transaction is open.
 */
public final class ScriptedEmoney implements EmoneyTopUpPort {

    public static final InquiryOutcome.Inquired DEFAULT_INQUIRY = new InquiryOutcome.Inquired("Bu di Sa**",
            QuotedAmount.of(Money.parse("1000.00")), "OUR", Money.parse("10000.00"), Money.parse("2000000.00"));

    private final Deque<InquiryOutcome> inquiries = new ArrayDeque<>();
    private final Deque<TopUpOutcome> topUps = new ArrayDeque<>();
    private final Deque<StatusOutcome> statuses = new ArrayDeque<>();
    private final List<AccountInquiry> inquiryCalls = new CopyOnWriteArrayList<>();
    private final List<TopUpInstruction> topUpCalls = new CopyOnWriteArrayList<>();
    private final List<StatusInquiry> statusCalls = new CopyOnWriteArrayList<>();
    private final BooleanSupplier transactionOpen;
    private volatile long topUpDelayMillis;

    /** {@code transactionOpen} tells whether the calling thread is inside a transaction (see {@link InlineTransactions}). */
    public ScriptedEmoney(BooleanSupplier transactionOpen) {
        this.transactionOpen = transactionOpen;
    }

    public synchronized ScriptedEmoney inquiryAnswers(InquiryOutcome outcome) {
        inquiries.add(outcome);
        return this;
    }

    public synchronized ScriptedEmoney topUpAnswers(TopUpOutcome outcome) {
        topUps.add(outcome);
        return this;
    }

    public synchronized ScriptedEmoney statusAnswers(StatusOutcome outcome) {
        statuses.add(outcome);
        return this;
    }

    /** Makes every top-up call take this long, to widen race windows. */
    public ScriptedEmoney topUpTakes(long millis) {
        this.topUpDelayMillis = millis;
        return this;
    }

    @Override
    public InquiryOutcome inquire(AccountInquiry inquiry) {
        requireNoTransaction();
        inquiryCalls.add(inquiry);
        synchronized (this) {
            return inquiries.isEmpty() ? DEFAULT_INQUIRY : inquiries.poll();
        }
    }

    @Override
    public TopUpOutcome topUp(TopUpInstruction instruction) {
        requireNoTransaction();
        topUpCalls.add(instruction);
        if (topUpDelayMillis > 0) {
            try {
                Thread.sleep(topUpDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            return topUps.isEmpty()
                    ? new TopUpOutcome.Succeeded("REF-" + instruction.partnerReferenceNo().value())
                    : topUps.poll();
        }
    }

    @Override
    public StatusOutcome status(StatusInquiry inquiry) {
        requireNoTransaction();
        statusCalls.add(inquiry);
        synchronized (this) {
            return statuses.isEmpty() ? new StatusOutcome.Unknown("no scripted answer") : statuses.poll();
        }
    }

    private void requireNoTransaction() {
        if (transactionOpen.getAsBoolean()) {
            throw new AssertionError("Finpay was called while a database transaction was open");
        }
    }

    public List<AccountInquiry> inquiryCalls() {
        return List.copyOf(inquiryCalls);
    }

    public List<TopUpInstruction> topUpCalls() {
        return List.copyOf(topUpCalls);
    }

    public List<StatusInquiry> statusCalls() {
        return List.copyOf(statusCalls);
    }
}

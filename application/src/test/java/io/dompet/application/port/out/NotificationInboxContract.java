package io.dompet.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.NotificationInboxPort.InboxEntry;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topup.TopUpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NotificationInboxPort} promises, run against the in-memory fake (application's tests) and the
 * PostgreSQL adapter (adapters-persistence's tests). A subclass supplies an empty inbox and reads the wallets it
 * credits.
 */
public abstract class NotificationInboxContract<I extends NotificationInboxPort> {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    /** Whole microseconds, as PostgreSQL keeps them. */
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T05:30:01.123456Z");

    private I inbox;

    /** An empty inbox. */
    protected abstract I emptyInbox();

    /** What the store the inbox credits holds for {@code customer}: its wallet's credited total, zero without one. */
    protected abstract Money creditedTotal(PhoneNumber customer);

    @BeforeEach
    void newInbox() {
        inbox = emptyInbox();
    }

    @Test
    void aRecordedNotificationLoadsAsItWasRecorded() {
        TopUp notified = notified("FPCT0001");
        InboxEntry entry = entry("FPCT0001", notified.id());

        inbox.recordCreditedNotification(notified, entry);

        assertThat(inbox.loadNotification("FPCT0001")).contains(entry);
        assertThat(inbox.loadNotification("FPCT0002")).isEmpty();
    }

    @Test
    void oneTopUpIsCreatedByOneNotificationAtMost() {
        TopUp first = notified("FPCT0001");
        inbox.recordCreditedNotification(first, entry("FPCT0001", first.id()));
        Money before = creditedTotal(CUSTOMER);
        TopUp sameTopUp = notified(first.id(), "FPCT0002");

        assertThatThrownBy(() -> inbox.recordCreditedNotification(sameTopUp, entry("FPCT0002", first.id())))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(first.id().toString());
        assertThat(inbox.loadNotification("FPCT0002")).isEmpty();
        assertThat(creditedTotal(CUSTOMER)).isEqualTo(before);
    }

    @Test
    void aCreditedNotificationStoresItsTopUpAndItsEntryAndCreditsTheWalletOnce() {
        Money before = creditedTotal(CUSTOMER);
        TopUp notified = notified("FPCR0001");

        TopUp stored = inbox.recordCreditedNotification(notified, entry("FPCR0001", notified.id()));

        assertThat(stored.id()).isEqualTo(notified.id());
        assertThat(stored.version()).isZero();
        assertThat(stored.referenceNo()).contains("FPCR0001");
        assertThat(stored.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(inbox.loadNotification("FPCR0001")).contains(entry("FPCR0001", notified.id()));
        assertThat(creditedTotal(CUSTOMER)).isEqualTo(before.plus(Money.parse("150000.00")));
    }

    @Test
    void aSecondCreditedNotificationWithTheSameReferenceNoIsADuplicateAndWritesNothing() {
        TopUp first = notified("FPCR0002");
        inbox.recordCreditedNotification(first, entry("FPCR0002", first.id()));
        Money before = creditedTotal(CUSTOMER);
        TopUp again = notified("FPCR0002");

        assertThatThrownBy(() -> inbox.recordCreditedNotification(again, entry("FPCR0002", again.id())))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("referenceNo")
                .hasMessageNotContaining("FPCR0002")
                .hasMessageNotContaining(CUSTOMER.international());
        assertThat(inbox.loadNotification("FPCR0002")).contains(entry("FPCR0002", first.id()));
        assertThat(creditedTotal(CUSTOMER)).isEqualTo(before);
    }

    @Test
    void anEntryThatDoesNotDescribeItsTopUpIsRefusedAndNothingIsWritten() {
        TopUp notified = notified("FPCR0003");
        Money before = creditedTotal(CUSTOMER);

        assertThatThrownBy(() -> inbox.recordCreditedNotification(notified, entry("FPCR0004", notified.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.loadNotification("FPCR0003")).isEmpty();
        assertThat(inbox.loadNotification("FPCR0004")).isEmpty();
        assertThat(creditedTotal(CUSTOMER)).isEqualTo(before);
    }

    private static TopUp notified(String referenceNo) {
        return notified(new TopUpId(UUID.randomUUID()), referenceNo);
    }

    private static TopUp notified(TopUpId id, String referenceNo) {
        TopUpNotification notification = new TopUpNotification(referenceNo, CUSTOMER,
                OffsetDateTime.parse("2026-11-24T12:30:00+07:00"), "M1", Money.parse("150000.00"), "Top up",
                new TopUpChannel("vabri"));
        return TopUp.notified(id, notification, RECEIVED_AT);
    }

    private static InboxEntry entry(String referenceNo, TopUpId topUp) {
        byte[] body = ("{\"referenceNo\":\"" + referenceNo + "\",\"channel\":\"vabri\"}").getBytes(StandardCharsets.UTF_8);
        RawNotification raw = new RawNotification("/callbacks/finpay/top-up",
                Map.of("Content-Type", List.of("application/json"), "X-Signature", List.of("c2lnbmF0dXJl")), body,
                RECEIVED_AT);
        return new InboxEntry(referenceNo, topUp, CUSTOMER, Money.parse("150000.00"), new TopUpChannel("vabri"), raw);
    }
}

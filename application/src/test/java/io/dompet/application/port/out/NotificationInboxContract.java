package io.dompet.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.NotificationInboxPort.InboxEntry;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NotificationInboxPort} promises, run against the in-memory fake (application's tests) and the
 * PostgreSQL adapter (adapters-persistence's tests). A subclass supplies an empty inbox and stores the top-ups its
 * entries refer to.
 */
public abstract class NotificationInboxContract<I extends NotificationInboxPort> {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");
    /** Whole microseconds, as PostgreSQL keeps them. */
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T05:30:01.123456Z");

    private I inbox;

    /** An empty inbox. */
    protected abstract I emptyInbox();

    /** The id of a stored top-up an entry may refer to, a new one on every call. */
    protected abstract TopUpId storedTopUp();

    @BeforeEach
    void newInbox() {
        inbox = emptyInbox();
    }

    @Test
    void aRecordedNotificationLoadsAsItWasRecorded() {
        InboxEntry entry = entry("FPCT0001", storedTopUp());

        inbox.recordNotification(entry);

        assertThat(inbox.loadNotification("FPCT0001")).contains(entry);
        assertThat(inbox.loadNotification("FPCT0002")).isEmpty();
    }

    @Test
    void aSecondNotificationWithTheSameReferenceNoIsADuplicateAndChangesNothing() {
        InboxEntry first = entry("FPCT0001", storedTopUp());
        inbox.recordNotification(first);

        assertThatThrownBy(() -> inbox.recordNotification(entry("FPCT0001", storedTopUp())))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("referenceNo")
                .hasMessageNotContaining("FPCT0001")
                .hasMessageNotContaining(CUSTOMER.international());
        assertThat(inbox.loadNotification("FPCT0001")).contains(first);
    }

    @Test
    void oneTopUpIsCreatedByOneNotificationAtMost() {
        TopUpId topUp = storedTopUp();
        inbox.recordNotification(entry("FPCT0001", topUp));

        assertThatThrownBy(() -> inbox.recordNotification(entry("FPCT0002", topUp)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(topUp.toString());
        assertThat(inbox.loadNotification("FPCT0002")).isEmpty();
    }

    private static InboxEntry entry(String referenceNo, TopUpId topUp) {
        byte[] body = ("{\"referenceNo\":\"" + referenceNo + "\",\"channel\":\"vabri\"}").getBytes(StandardCharsets.UTF_8);
        RawNotification raw = new RawNotification("/callbacks/finpay/top-up",
                Map.of("Content-Type", List.of("application/json"), "X-Signature", List.of("c2lnbmF0dXJl")), body,
                RECEIVED_AT);
        return new InboxEntry(referenceNo, topUp, CUSTOMER, Money.parse("150000.00"), new TopUpChannel("vabri"), raw);
    }
}

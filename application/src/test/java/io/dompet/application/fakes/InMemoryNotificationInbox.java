package io.dompet.application.fakes;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.NotificationInboxPort;
import io.dompet.domain.topup.TopUp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory notification inbox with the real one's unique {@code referenceNo}; one entry per top-up at most, as the
 * top-up store refuses a second top-up with the same id. A credited notification goes to the given top-up and wallet
 * stores, all or nothing (each refusal is checked before anything is written, since the fakes cannot roll back).
 */
public final class InMemoryNotificationInbox implements NotificationInboxPort {

    private final InMemoryTopUpStore topUps;
    private final InMemoryWalletStore wallets;

    private final Map<String, InboxEntry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    public InMemoryNotificationInbox(InMemoryTopUpStore topUps, InMemoryWalletStore wallets) {
        this.topUps = topUps;
        this.wallets = wallets;
    }

    @Override
    public synchronized TopUp recordCreditedNotification(TopUp topUp, InboxEntry entry) {
        if (!entry.topUpId().equals(topUp.id()) || !topUp.referenceNo().equals(Optional.of(entry.referenceNo()))
                || !topUp.customerNumber().equals(entry.phoneNo()) || !topUp.amount().equals(entry.amount())) {
            throw new IllegalArgumentException("the inbox entry does not describe the notified top-up it refers to");
        }
        if (entries.containsKey(entry.referenceNo())) {
            throw new DuplicateRecordException("a notification with this Finpay referenceNo is already in the inbox");
        }
        TopUp stored = topUps.insertTopUp(topUp);
        entries.put(entry.referenceNo(), entry);
        wallets.creditWallet(topUp.customerNumber(), null, topUp.amount());
        return stored;
    }

    @Override
    public Optional<InboxEntry> loadNotification(String referenceNo) {
        loads.incrementAndGet();
        return Optional.ofNullable(entries.get(referenceNo));
    }

    /** How often an entry was looked up: each lookup is a database round trip in the real inbox. */
    public int loads() {
        return loads.get();
    }

    public List<InboxEntry> all() {
        return List.copyOf(entries.values());
    }
}

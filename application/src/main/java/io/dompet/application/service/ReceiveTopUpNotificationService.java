package io.dompet.application.service;

import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.in.ReceiveTopUpNotificationUseCase;
import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.NotificationInboxPort;
import io.dompet.application.port.out.NotificationInboxPort.InboxEntry;
import io.dompet.application.port.out.NotificationConflictPort;
import io.dompet.application.port.out.NotificationVerifierPort;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Notify Top Up: verify (outside any transaction), then in ONE transaction put the notification in the inbox (unique
 * {@code referenceNo}), create the {@code CHANNEL} top-up as {@code SUCCEEDED} and credit the wallet (one call of the
 * inbox port, {@link NotificationInboxPort#recordCreditedNotification}: all or nothing), and complete the
 * customer's oldest open widget session issued within its lifetime, if any. The inbox is not read first: a redelivery,
 * like a concurrent delivery, is refused by the unique {@code referenceNo} of the notified top-up (or of the inbox), its
 * transaction rolls back whole, and a second transaction then reads the stored entry and changes nothing. A new
 * notification, by far the common case, so costs no lookup (issue 13: one round trip less per notification).
 *
 * <p>A notification whose {@code X-TIMESTAMP} is outside the verifier's window ({@code Stale}, signature and body
 * verified) is looked up in the inbox before it is judged: a redelivery of one already credited is acknowledged like
 * any redelivery, whatever its age (Finpay's retries may keep the first timestamp, and refusing them would make Finpay
 * retry forever); only one not yet in the inbox is refused as unauthenticated, storing nothing.
 *
 * <p>A redelivery with another amount or phone is refused and credits nothing; it is recorded as a notification
 * conflict (once per distinct content) for an operator to acknowledge.
 */
public final class ReceiveTopUpNotificationService implements ReceiveTopUpNotificationUseCase {

    private static final System.Logger log = System.getLogger(ReceiveTopUpNotificationService.class.getName());

    private final NotificationVerifierPort verifier;
    private final NotificationInboxPort inbox;
    private final LoadTopUpPort loads;
    private final TransactionPort transactions;
    private final ReferenceGeneratorPort references;
    private final TopUpWidgetSessionPort widgetSessions;
    private final NotificationConflictPort conflicts;
    private final Clock clock;

    public ReceiveTopUpNotificationService(NotificationVerifierPort verifier, NotificationInboxPort inbox,
                                           LoadTopUpPort loads, TransactionPort transactions, ReferenceGeneratorPort references,
                                           TopUpWidgetSessionPort widgetSessions, NotificationConflictPort conflicts,
                                           Clock clock) {
        this.verifier = Objects.requireNonNull(verifier);
        this.inbox = Objects.requireNonNull(inbox);
        this.loads = Objects.requireNonNull(loads);
        this.transactions = Objects.requireNonNull(transactions);
        this.references = Objects.requireNonNull(references);
        this.widgetSessions = Objects.requireNonNull(widgetSessions);
        this.conflicts = Objects.requireNonNull(conflicts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public NotificationResult receive(RawNotification raw) {
        NotificationVerification verification = verifier.verify(raw);
        if (verification instanceof NotificationVerification.Unauthenticated refused) {
            log.log(Level.WARNING, "Refused a Notify Top Up: {0}", refused.reason());
            return new NotificationResult.Unauthenticated(refused.reason());
        }
        if (verification instanceof NotificationVerification.Malformed malformed) {
            return new NotificationResult.Malformed(malformed.reason());
        }
        if (verification instanceof NotificationVerification.InvalidField invalid) {
            return new NotificationResult.InvalidField(invalid.field(), invalid.problem(), invalid.missing());
        }
        if (verification instanceof NotificationVerification.Stale stale) {
            return staleDelivery(stale);
        }
        TopUpNotification notification = ((NotificationVerification.Verified) verification).notification();
        if (!notification.channel().isKnown()) {
            log.log(Level.WARNING, "Notify Top Up {0} names an unknown channel ''{1}''; credited all the same",
                    notification.referenceNo(), notification.channel());
        }
        try {
            return transactions.inTransaction(() -> credit(notification, raw));
        } catch (DuplicateRecordException delivered) {
            // this referenceNo is stored already, by an earlier delivery or by a concurrent one that committed first
            // (the notified top-up's unique referenceNo or the inbox's refused it); this transaction rolled back whole
            return transactions.inTransaction(() -> redelivery(
                    inbox.loadNotification(notification.referenceNo()).orElseThrow(() -> delivered), notification));
        }
    }

    private NotificationResult staleDelivery(NotificationVerification.Stale stale) {
        TopUpNotification notification = stale.notification();
        Optional<NotificationResult> redelivery = transactions.inTransaction(() -> inbox
                .loadNotification(notification.referenceNo())
                .map(stored -> redelivery(stored, notification)));
        return redelivery.orElseGet(() -> {
            log.log(Level.WARNING, "Refused Notify Top Up {0}, not received before: {1}", notification.referenceNo(),
                    stale.reason());
            return new NotificationResult.Unauthenticated(stale.reason());
        });
    }

    private NotificationResult credit(TopUpNotification notification, RawNotification raw) {
        TopUp notified = TopUp.notified(references.newTopUpId(), notification, clock.instant());
        TopUp topUp = inbox.recordCreditedNotification(notified, new InboxEntry(notification.referenceNo(),
                notified.id(), notification.phoneNo(), notification.amount(), notification.channel(), raw));
        Instant now = clock.instant();
        widgetSessions.lockOldestOpenSession(notification.phoneNo(), now.minus(TopUpWidgetSession.LIFETIME))
                .ifPresent(session -> widgetSessions.updateSession(session.complete(topUp.id(), now)));
        return new NotificationResult.Credited(topUp);
    }

    private NotificationResult redelivery(InboxEntry stored, TopUpNotification notification) {
        if (!notification.sameContentAs(stored.phoneNo(), stored.amount())) {
            log.log(Level.ERROR, "Notify Top Up {0} arrived again with another amount or phone: refused, nothing"
                    + " changed; an operator must look at it", notification.referenceNo());
            conflicts.recordConflict(notification);
            return new NotificationResult.Conflicting(notification.referenceNo());
        }
        return new NotificationResult.AlreadyCredited(loads.loadTopUp(stored.topUpId()).orElseThrow());
    }
}

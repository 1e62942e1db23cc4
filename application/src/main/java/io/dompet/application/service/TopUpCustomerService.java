package io.dompet.application.service;

import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.AccountInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpInstruction;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpOutcome;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The direct top-up: (1) store the top-up as {@code REQUESTED} with a fresh partnerReferenceNo, unique on the
 * client and its idempotency key (two clients' same key are two top-ups), and commit: one statement, which stores
 * nothing when the key is taken; (2) outside any transaction, the account inquiry; (3) claim the top-up for
 * sending: one versioned update {@code REQUESTED → SENDING} that also keeps the inquiry's name and fee; (4) only if
 * this request won the claim, the top-up call, outside any transaction; (5) record the outcome in another
 * transaction, crediting the wallet on success (a success without Finpay's referenceNo first asks the status inquiry
 * once for it, and is recorded without one, flagged for review, if that names none). A claim lost to the reconciler (which fails a top-up Finpay never
 * saw) sends nothing and answers with the top-up as it now is. An unknown outcome leaves the top-up {@code PENDING}
 * for {@link ReconcileTopUpsService}; nothing here ever sends a top-up twice. A repeat of the client's key is
 * answered from the stored top-up: in progress while it is {@code REQUESTED} or {@code SENDING}, else replayed.
 */
public final class TopUpCustomerService implements TopUpCustomerUseCase {

    private static final System.Logger log = System.getLogger(TopUpCustomerService.class.getName());
    private static final int REFERENCE_ATTEMPTS = 3;

    private final EmoneyTopUpPort emoney;
    private final LoadTopUpPort loads;
    private final SaveTopUpPort saves;
    private final TransactionPort transactions;
    private final ReferenceGeneratorPort references;
    private final Clock clock;
    private final TopUpSettlement settlement;

    public TopUpCustomerService(EmoneyTopUpPort emoney, LoadTopUpPort loads, SaveTopUpPort saves,
                                TransactionPort transactions, ReferenceGeneratorPort references, Clock clock, ReconciliationPolicy policy) {
        this.emoney = Objects.requireNonNull(emoney);
        this.loads = Objects.requireNonNull(loads);
        this.saves = Objects.requireNonNull(saves);
        this.transactions = Objects.requireNonNull(transactions);
        this.references = Objects.requireNonNull(references);
        this.clock = Objects.requireNonNull(clock);
        this.settlement = new TopUpSettlement(loads, saves, transactions, Objects.requireNonNull(policy));
    }

    /**
     * One write stores the new top-up with its partnerReferenceNo, unless the client's key is taken; only then is the
     * earlier top-up read, to replay it or answer the conflict. A drawn partnerReferenceNo that is already stored
     * (possible only if someone reset the sequence) is drawn again, a few times.
     */
    @Override
    public TopUpResult topUp(TopUpCustomerCommand command) {
        for (int attempt = 1; ; attempt++) {
            TopUpId id = references.newTopUpId();
            Instant now = clock.instant();
            Optional<TopUp> stored;
            try {
                stored = transactions.inTransaction(() -> saves.insertDirectTopUpUnlessKeyTaken(partnerReferenceNo ->
                        TopUp.requestDirect(id, command.client(), command.idempotencyKey(), partnerReferenceNo,
                                command.customerNumber(), command.amount(), now)));
            } catch (DuplicateRecordException duplicate) {
                if (attempt == REFERENCE_ATTEMPTS) {
                    throw duplicate;
                }
                continue;
            }
            if (stored.isPresent()) {
                return new TopUpResult.Executed(execute(stored.get()));
            }
            // the key is taken: by another request of this client (perhaps still running), or a legacy top-up
            Optional<TopUp> earlier = transactions.inTransaction(() -> earlier(command));
            if (earlier.isPresent()) {
                return replayOrConflict(earlier.get(), command);
            }
            if (attempt == REFERENCE_ATTEMPTS) {
                throw new IllegalStateException("the idempotency key was taken, yet no top-up under it can be read");
            }
        }
    }

    private Optional<TopUp> earlier(TopUpCustomerCommand command) {
        return loads.loadTopUpByIdempotencyKey(command.client(), command.idempotencyKey());
    }

    /**
     * The answer to a repeated key: another top-up is a conflict; the same one is in progress while it is
     * {@code REQUESTED} or {@code SENDING} (its first request has not recorded an outcome yet), else replayed as it
     * now stands.
     */
    private static TopUpResult replayOrConflict(TopUp existing, TopUpCustomerCommand command) {
        if (!existing.matches(command.customerNumber(), command.amount())) {
            return new TopUpResult.KeyConflict(existing.id());
        }
        return existing.status() == TopUpStatus.REQUESTED || existing.status() == TopUpStatus.SENDING
                ? new TopUpResult.InProgress(existing.id())
                : new TopUpResult.Replayed(existing);
    }

    private TopUp execute(TopUp requested) {
        InquiryOutcome inquiry = emoney.inquire(new AccountInquiry(requested.partnerReferenceNo().orElseThrow(),
                requested.customerNumber(), requested.amount(), clock.instant()));
        if (inquiry instanceof InquiryOutcome.Inquired inquired) {
            return topUpWithin(requested, inquired);
        }
        if (inquiry instanceof InquiryOutcome.Refused refused) {
            return failUnsent(requested, refused.failure());
        }
        String reason = ((InquiryOutcome.Unknown) inquiry).reason();
        return failUnsent(requested, new FinpayFailure(FinpayFailure.INQUIRY_UNAVAILABLE,
                "Finpay's account inquiry gave no usable answer (" + reason + "); no top-up was sent"));
    }

    private TopUp topUpWithin(TopUp requested, InquiryOutcome.Inquired inquired) {
        if (requested.amount().isLessThan(inquired.minAmount()) || requested.amount().isGreaterThan(inquired.maxAmount())) {
            return failUnsent(requested, new FinpayFailure(FinpayFailure.AMOUNT_OUTSIDE_LIMITS,
                    "amount " + requested.amount().toPlainString() + " is outside Finpay's limits for this customer: "
                            + inquired.minAmount().toPlainString() + " to " + inquired.maxAmount().toPlainString()
                            + "; no top-up was sent"));
        }
        if (!TopUp.isStorableCustomerName(inquired.customerName())) {
            return failUnsent(requested, new FinpayFailure(FinpayFailure.INQUIRY_UNAVAILABLE,
                    "Finpay's account inquiry answered a customer name that cannot be stored ("
                            + inquired.customerName().length() + " characters); no top-up was sent"));
        }
        TopUp claimed = settlement.apply(requested, settlement.claim(inquired, clock.instant()));
        // only this request, which stored the top-up, ever claims it: SENDING now means this claim was stored
        if (claimed.status() != TopUpStatus.SENDING) {
            log.log(Level.WARNING, "Top-up {0} was {1} before it could be claimed for sending; nothing was sent",
                    claimed.id(), claimed.status());
            return claimed;
        }
        TopUpOutcome outcome = emoney.topUp(new TopUpInstruction(claimed.partnerReferenceNo().orElseThrow(),
                claimed.customerNumber(), inquired.customerName(), claimed.amount(), inquired.fee(), clock.instant()));
        return record(claimed, outcome);
    }

    private TopUp record(TopUp sent, TopUpOutcome outcome) {
        if (outcome instanceof TopUpOutcome.Succeeded succeeded) {
            return succeeded.referenceNo() != null
                    ? settlement.apply(sent, settlement.succeed(succeeded.referenceNo(), clock.instant()))
                    : succeededWithoutReferenceNo(sent);
        }
        Instant now = clock.instant();
        if (outcome instanceof TopUpOutcome.Failed failed) {
            return settlement.apply(sent, settlement.fail(failed.failure(), now));
        }
        String reason = outcome instanceof TopUpOutcome.Pending pending
                ? pending.reason()
                : ((TopUpOutcome.Unknown) outcome).reason();
        log.log(Level.WARNING, "Top-up {0} has no final outcome yet ({1}); the status inquiry will settle it", sent.id(), reason);
        return settlement.apply(sent, settlement.pending(now));
    }

    /**
     * Finpay's success answer named no referenceNo: its status inquiry is asked once, now, outside any transaction.
     * Its reference is recorded; without one the top-up still succeeds (the wallet was credited: it is never failed
     * nor sent again), without Finpay's reference and flagged for review.
     */
    private TopUp succeededWithoutReferenceNo(TopUp sent) {
        StatusOutcome status = emoney.status(new StatusInquiry(sent.partnerReferenceNo().orElseThrow(), null,
                sent.amount()));
        Instant now = clock.instant();
        if (status instanceof StatusOutcome.Succeeded succeeded) {
            return settlement.apply(sent, settlement.succeed(succeeded.referenceNo(), now));
        }
        log.log(Level.ERROR, "Top-up {0}: Finpay answered success without a referenceNo and its status inquiry named"
                + " none ({1}); recorded as succeeded without Finpay''s reference and flagged for review", sent.id(),
                status);
        return settlement.apply(sent, settlement.succeedWithoutReferenceNo("Finpay answered the top-up with success"
                + " but named no referenceNo, and its status inquiry named none either: find Finpay's reference", now));
    }

    private TopUp failUnsent(TopUp requested, FinpayFailure failure) {
        return settlement.apply(requested, settlement.failUnsent(failure, clock.instant()));
    }
}

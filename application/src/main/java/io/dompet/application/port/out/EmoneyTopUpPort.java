package io.dompet.application.port.out;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.PartnerReferenceNo;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finpay's e-money top-up (SNAP): account inquiry, customer top-up, top-up status. Implementations never throw for
 * anything Finpay or the network does: every answer, including none at all, is one of the typed outcomes.
 */
public interface EmoneyTopUpPort {

    InquiryOutcome inquire(AccountInquiry inquiry);

    /** Sends the top-up once; never resubmits a top-up whose outcome is unknown (that is {@link TopUpOutcome.Unknown}). */
    TopUpOutcome topUp(TopUpInstruction instruction);

    StatusOutcome status(StatusInquiry inquiry);

    /** Account inquiry (service 37) for {@code amount} to {@code customerNumber}. */
    record AccountInquiry(PartnerReferenceNo partnerReferenceNo, PhoneNumber customerNumber, Money amount,
                          Instant transactionDate) {
        public AccountInquiry {
            Objects.requireNonNull(partnerReferenceNo);
            Objects.requireNonNull(customerNumber);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(transactionDate);
        }
    }

    /**
     * An amount as Finpay wrote it: {@code money} to compute, compare and store, {@code text} (e.g. {@code "0"} for
     * {@code 0.00}) to send back byte for byte where Finpay wants its own value echoed. Only the adapter that read
     * Finpay's answer makes one from Finpay's text; {@link #of} is for an amount dompet states itself.
     */
    record QuotedAmount(Money money, String text) {
        public QuotedAmount {
            Objects.requireNonNull(money);
            Objects.requireNonNull(text);
            if (!Money.parse(text).equals(money)) {
                throw new IllegalArgumentException("the text of an amount must state the same amount");
            }
        }

        /** {@code money} in dompet's own two-decimal text, e.g. {@code "1500.00"}. */
        public static QuotedAmount of(Money money) {
            return new QuotedAmount(money, money.toPlainString());
        }
    }

    /**
     * Customer top-up (service 38); {@code customerName} and {@code fee} exactly as the inquiry returned them (the
     * fee's text echoed as Finpay wrote it).
     */
    record TopUpInstruction(PartnerReferenceNo partnerReferenceNo, PhoneNumber customerNumber, String customerName,
                            Money amount, QuotedAmount fee, Instant transactionDate) {
        public TopUpInstruction {
            Objects.requireNonNull(partnerReferenceNo);
            Objects.requireNonNull(customerNumber);
            Objects.requireNonNull(customerName);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(fee);
            Objects.requireNonNull(transactionDate);
        }
    }

    /**
     * Top-up status inquiry (service 39) about the top-up sent under {@code partnerReferenceNo} for {@code amount};
     * {@code referenceNo} is Finpay's, when known. An answer counts only when it is about this top-up (service code
     * 38 and, when Finpay echoes them, the same partnerReferenceNo and amount); any other answer is
     * {@link StatusOutcome.Unknown}.
     */
    record StatusInquiry(PartnerReferenceNo partnerReferenceNo, @Nullable String referenceNo, Money amount) {
        public StatusInquiry {
            Objects.requireNonNull(partnerReferenceNo);
            Objects.requireNonNull(amount);
        }
    }

    /** What the account inquiry said. */
    sealed interface InquiryOutcome {
        /** The customer exists: Finpay's masked name, the fee (as Finpay wrote it) and the amount limits. */
        record Inquired(String customerName, QuotedAmount fee, @Nullable String feeType, Money minAmount,
                        Money maxAmount)
                implements InquiryOutcome {
        }

        /** Finpay refused the inquiry, with its {@code responseCode} and message. */
        record Refused(FinpayFailure failure) implements InquiryOutcome {
        }

        /** No usable answer (timeout, I/O error, server error, not JSON). */
        record Unknown(String reason) implements InquiryOutcome {
        }
    }

    /** What the top-up call said. */
    sealed interface TopUpOutcome {
        /**
         * Finpay credited the wallet under {@code referenceNo}; {@code null} when its success answer named none (the
         * field is optional in Finpay's answer): then the status inquiry is asked for it.
         */
        record Succeeded(@Nullable String referenceNo) implements TopUpOutcome {
        }

        /** Finpay refused, or dompet could not send it: no money moved. */
        record Failed(FinpayFailure failure) implements TopUpOutcome {
        }

        /** Finpay accepted the request and is still processing it (202xx00). */
        record Pending(String reason) implements TopUpOutcome {
        }

        /** Nobody knows whether money moved: resolve with the status inquiry, never by resubmitting. */
        record Unknown(String reason) implements TopUpOutcome {
        }
    }

    /** What the status inquiry said about a top-up. */
    sealed interface StatusOutcome {
        /** {@code latestTransactionStatus} 00. */
        record Succeeded(String referenceNo) implements StatusOutcome {
        }

        /** 04 refunded, 05 cancelled, 06 failed: no money stays with the customer. */
        record Failed(FinpayFailure failure) implements StatusOutcome {
        }

        /** 01 initiated, 02 paying, 03 pending. */
        record InProgress(String description) implements StatusOutcome {
        }

        /** 07: Finpay knows no such top-up. */
        record NotFound(String description) implements StatusOutcome {
        }

        /** No usable answer. */
        record Unknown(String reason) implements StatusOutcome {
        }
    }
}

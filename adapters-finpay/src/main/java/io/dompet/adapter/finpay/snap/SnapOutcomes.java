package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import io.dompet.adapter.finpay.transport.SwitchHint;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.QuotedAmount;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.StatusOutcome;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpInstruction;
import io.dompet.application.port.out.EmoneyTopUpPort.TopUpOutcome;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Maps SNAP answers to {@link io.dompet.application.port.out.EmoneyTopUpPort}'s outcomes, as
 * {@link SnapEmoneyAdapter} documents: the account inquiry, the top-up and the status inquiry. Logs under the
 * adapter's name; a refusal that a switch set unlike Finpay may explain names that switch and the value to try
 * ({@code signature-encoding} for {@code 401xx00}, {@code original-reference-no} for a malformed status inquiry sent
 * without Finpay's reference, {@code inquiry-reference} for a top-up refused as a duplicate reference that the account
 * inquiry had sent, when it is {@code shared}).
 */
final class SnapOutcomes {

    private static final Logger log = LoggerFactory.getLogger(SnapEmoneyAdapter.class);
    private static final String SIGNATURE_ENCODING = "dompet.finpay.snap.signature-encoding";
    private static final Set<String> IN_PROGRESS = Set.of("01", "02", "03");
    private static final Set<String> FAILED = Set.of("04", "05", "06");

    private final SignatureEncoding signatureEncoding;
    private final OriginalReferenceNo originalReferenceNo;
    private final InquiryReference inquiryReference;

    SnapOutcomes(SignatureEncoding signatureEncoding, OriginalReferenceNo originalReferenceNo,
                 InquiryReference inquiryReference) {
        this.signatureEncoding = signatureEncoding;
        this.originalReferenceNo = originalReferenceNo;
        this.inquiryReference = inquiryReference;
    }

    InquiryOutcome inquiryOutcome(FinpayAnswer answer, String subject) {
        if (answer instanceof FinpayAnswer.NoAnswer none) {
            return new InquiryOutcome.Unknown(none.reason());
        }
        FinpayAnswer.Answered answered = (FinpayAnswer.Answered) answer;
        if (SnapEndpoint.ACCOUNT_INQUIRY.succeeded(answered)) {
            AccountInquiryResponse body = fields(answered, AccountInquiryResponse.class);
            if (body == null) {
                return new InquiryOutcome.Unknown("success answer " + answered.code() + " with garbled fields");
            }
            String customerName = body.customerName();
            QuotedAmount fee = Amount.quoted(body.feeAmount());
            Money min = Amount.money(body.minAmount());
            Money max = Amount.money(body.maxAmount());
            if (customerName == null || customerName.isBlank() || fee == null || min == null || max == null) {
                return new InquiryOutcome.Unknown("success answer " + answered.code()
                        + " without a usable customerName, feeAmount, minAmount or maxAmount");
            }
            return new InquiryOutcome.Inquired(customerName, fee, body.feeType(), min, max);
        }
        if (answered.httpStatus() >= 400 && answered.httpStatus() < 500
                && SnapCase.of(answered) != SnapCase.TOO_MANY_REQUESTS) {
            logRefusal("account-inquiry", subject, answered);
            return new InquiryOutcome.Refused(refusal(answered));
        }
        return new InquiryOutcome.Unknown(unknownReason(answered));
    }

    TopUpOutcome topUpOutcome(FinpayAnswer answer, TopUpInstruction instruction, String subject) {
        if (answer instanceof FinpayAnswer.NoAnswer none) {
            return new TopUpOutcome.Unknown(none.reason());
        }
        FinpayAnswer.Answered answered = (FinpayAnswer.Answered) answer;
        if (SnapEndpoint.TOP_UP.succeeded(answered)) {
            TopUpResponse body = fields(answered, TopUpResponse.class);
            if (body == null) {
                return new TopUpOutcome.Unknown("success answer " + answered.code() + " with garbled fields");
            }
            if (body.partnerReferenceNo() != null
                    && !body.partnerReferenceNo().equals(instruction.partnerReferenceNo().value())) {
                log.error("Finpay SNAP topup {}: success answer names another partnerReferenceNo", subject);
                return new TopUpOutcome.Unknown("success answer for another partnerReferenceNo");
            }
            if (body.referenceNo() == null || body.referenceNo().isBlank()) {
                log.warn("Finpay SNAP topup {}: success answer {} without a referenceNo (optional in Finpay's answer);"
                        + " the status inquiry is asked for it", subject, answered.code());
                return new TopUpOutcome.Succeeded(null);
            }
            return new TopUpOutcome.Succeeded(body.referenceNo());
        }
        if (answered.code().equals("202" + SnapEndpoint.TOP_UP.serviceCode + "00")) {
            return new TopUpOutcome.Pending("Finpay is processing the top-up (" + answered.code() + " "
                    + message(answered) + ")");
        }
        SnapCase row = SnapCase.of(answered);
        if (row.definiteRefusal) {
            logRefusal("topup", subject, answered);
            return new TopUpOutcome.Failed(refusal(answered));
        }
        if (row == SnapCase.DUPLICATE_PARTNER_REFERENCE) {
            if (inquiryReference == InquiryReference.SHARED) {
                log.error("Finpay SNAP topup {}: duplicate partnerReferenceNo ({} {}); the account inquiry sent this"
                        + " reference too, so if Finpay keeps partnerReferenceNo unique across services, {}; the status"
                        + " inquiry settles this top-up", subject, answered.code(), message(answered),
                        SwitchHint.of(InquiryReference.PROPERTY, inquiryReference));
            }
            return new TopUpOutcome.Unknown("duplicate partnerReferenceNo: already processed ("
                    + answered.code() + ")");
        }
        if (answered.httpStatus() >= 400 && answered.httpStatus() < 500) {
            log.warn("Finpay SNAP topup {}: {} {} is no definite refusal; the status inquiry settles it", subject,
                    answered.code(), message(answered));
            return new TopUpOutcome.Unknown(unknownReason(answered) + "; not a definite refusal, the status inquiry"
                    + " settles it");
        }
        return new TopUpOutcome.Unknown(unknownReason(answered));
    }

    StatusOutcome statusOutcome(FinpayAnswer answer, StatusInquiry inquiry, String subject) {
        if (answer instanceof FinpayAnswer.NoAnswer none) {
            return new StatusOutcome.Unknown(none.reason());
        }
        FinpayAnswer.Answered answered = (FinpayAnswer.Answered) answer;
        if (!SnapEndpoint.TOP_UP_STATUS.succeeded(answered)) {
            if (answered.httpStatus() == 400 && (inquiry.referenceNo() == null || inquiry.referenceNo().isBlank())) {
                log.error("Finpay SNAP topup-status {}: request refused as malformed ({} {}), sent without Finpay's"
                        + " referenceNo; if Finpay's validator refuses how originalReferenceNo was sent, {}", subject,
                        answered.code(), message(answered),
                        SwitchHint.of(OriginalReferenceNo.PROPERTY, originalReferenceNo));
            } else if (answered.httpStatus() == 400 || answered.httpStatus() == 401) {
                logRefusal("topup-status", subject, answered);
            }
            return new StatusOutcome.Unknown("status inquiry answered " + answered.code() + " "
                    + message(answered));
        }
        TopUpStatusResponse body = fields(answered, TopUpStatusResponse.class);
        if (body == null) {
            return new StatusOutcome.Unknown("success answer " + answered.code() + " with garbled fields");
        }
        String disagreement = disagreement(body, inquiry);
        if (disagreement != null) {
            log.warn("Finpay SNAP topup-status {}: the answer is not about this top-up: {}", subject, disagreement);
            return new StatusOutcome.Unknown("status answer not about this top-up: " + disagreement);
        }
        String status = body.latestTransactionStatus();
        String description = safe(body.transactionStatusDesc());
        if ("00".equals(status)) {
            String referenceNo = firstNonBlank(body.originalReferenceNo(), body.referenceNo());
            if (referenceNo == null) {
                return new StatusOutcome.Unknown("status 00 without a referenceNo");
            }
            if (inquiry.referenceNo() != null && !inquiry.referenceNo().isBlank()
                    && body.originalReferenceNo() != null && !body.originalReferenceNo().isBlank()
                    && !body.originalReferenceNo().equals(inquiry.referenceNo())) {
                log.warn("Finpay SNAP topup-status {}: the answer is not about this top-up: status 00 names another"
                        + " originalReferenceNo", subject);
                return new StatusOutcome.Unknown("status 00 for another referenceNo");
            }
            return new StatusOutcome.Succeeded(referenceNo);
        }
        if (status != null && IN_PROGRESS.contains(status)) {
            return new StatusOutcome.InProgress(status + " " + description);
        }
        if (status != null && FAILED.contains(status)) {
            return new StatusOutcome.Failed(new FinpayFailure("STATUS_" + status, description));
        }
        if ("07".equals(status)) {
            return new StatusOutcome.NotFound(description);
        }
        return new StatusOutcome.Unknown("status answer without a known latestTransactionStatus");
    }

    /**
     * What makes a status answer not about the inquired top-up, or {@code null} when nothing does: a
     * {@code serviceCode} other than {@code 38} (a missing one included: without it nothing says the answer is about
     * a top-up), or a present {@code originalPartnerReferenceNo} or {@code amount} unlike the top-up's. Safe to log:
     * Finpay's values are cleaned and bounded.
     */
    private static @Nullable String disagreement(TopUpStatusResponse body, StatusInquiry inquiry) {
        if (!TopUpStatusRequest.TOP_UP_SERVICE.equals(body.serviceCode())) {
            return body.serviceCode() == null ? "no serviceCode, expected " + TopUpStatusRequest.TOP_UP_SERVICE
                    : "serviceCode " + safe(body.serviceCode()) + ", expected "
                    + TopUpStatusRequest.TOP_UP_SERVICE;
        }
        String partnerReferenceNo = body.originalPartnerReferenceNo();
        if (partnerReferenceNo != null && !partnerReferenceNo.isBlank()
                && !partnerReferenceNo.equals(inquiry.partnerReferenceNo().value())) {
            return "originalPartnerReferenceNo " + safe(partnerReferenceNo) + ", expected "
                    + inquiry.partnerReferenceNo().value();
        }
        Amount amount = body.amount();
        if (amount != null && !(inquiry.amount().currency().getCurrencyCode().equals(amount.currency())
                && inquiry.amount().equals(Amount.money(amount)))) {
            return "amount " + safe(amount.value()) + " " + safe(amount.currency())
                    + ", expected " + inquiry.amount().toPlainString() + " " + inquiry.amount().currency();
        }
        return null;
    }

    private static <T> @Nullable T fields(FinpayAnswer.Answered answered, Class<T> type) {
        try {
            return JsonAnswers.COMPACT_LENIENT.treeToValue(answered.body(), type);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Finpay's definite refusal: its {@code responseCode} and message. */
    private static FinpayFailure refusal(FinpayAnswer.Answered answered) {
        return new FinpayFailure(answered.code(), message(answered));
    }

    private static String message(FinpayAnswer.Answered answered) {
        return answered.descriptionOr("(no responseMessage)");
    }

    /** A text from Finpay made safe to log and store ({@link JsonAnswers#safeDescription}); {@code ""} for none. */
    private static String safe(@Nullable String text) {
        return JsonAnswers.safeDescription(text, "");
    }

    private static String unknownReason(FinpayAnswer.Answered answered) {
        return "Finpay answered " + answered.code() + " " + message(answered);
    }

    private void logRefusal(String endpoint, String subject, FinpayAnswer.Answered answered) {
        if (answered.httpStatus() == 400) {
            log.error("Finpay SNAP {} {}: request refused as malformed ({} {}); this is a bug in dompet", endpoint,
                    subject, answered.code(), message(answered));
        } else if (SnapCase.of(answered) == SnapCase.UNAUTHORIZED) {
            log.error("Finpay SNAP {} {}: unauthorized ({} {}); check dompet.finpay.snap.client-id, client-secret"
                    + " and the keys; if they are right, Finpay may check the signature in the other encoding: {}",
                    endpoint, subject, answered.code(), message(answered), SwitchHint.of(SIGNATURE_ENCODING,
                            signatureEncoding));
        } else if (answered.httpStatus() == 401) {
            log.error("Finpay SNAP {} {}: unauthorized ({} {}); Finpay refused the access token after a fresh one"
                    + " was asked for", endpoint, subject, answered.code(), message(answered));
        }
    }

    private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}

package io.dompet.adapter.finpay.snap;

import feign.jackson3.Jackson3Encoder;
import io.dompet.adapter.finpay.signature.SnapRequestSigner;
import io.dompet.adapter.finpay.signature.SnapTokenSigner;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.domain.shared.Money;
import io.dompet.domain.topup.FinpayFailure;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * {@link EmoneyTopUpPort} over Finpay's SNAP APIs (PROTOCOL.md §1), over {@link FinpayHttp} (the read timeout
 * bounds each whole exchange, headers and body). Answers are mapped as §1.7 says, through the one table
 * {@link SnapCase}; with {@code xx} the service code (37 inquiry, 38 top-up, 39 status):
 * <ul>
 *   <li>{@code 200xx00} → success; a success whose fields are missing or garbled → unknown;</li>
 *   <li>{@code 202xx00} → top-up pending; inquiry and status unknown;</li>
 *   <li>{@code 401xx01}/{@code 401xx03} → token refreshed and the call resent once, {@code 409xx00} → resent once
 *       with a new {@code X-EXTERNAL-ID} (see {@link SnapTransport}); then mapped as any other answer;</li>
 *   <li>a definite refusal ({@code 400xx00/01/02} our bug and {@code 401xx00} configuration, both logged as errors;
 *       {@code 401xx01/03} after the resend; {@code 403xx02}, {@code 403xx14}, {@code 404xx11}) → inquiry refused,
 *       top-up failed, with Finpay's code and message: Finpay processed nothing;</li>
 *   <li>on the top-up, every other answer → unknown, for the status inquiry to settle with backoff:
 *       {@code 409xx01} (duplicate partnerReferenceNo: Finpay already has it), HTTP 429 / {@code 429xx00}, any 4xx
 *       the table does not list, 5xx, timeouts (also a body that stalls after the headers), I/O errors, non-JSON or
 *       empty bodies, JSON without {@code responseCode}, a status that disagrees with the {@code responseCode};</li>
 *   <li>on the account inquiry, 429 and the no-answer cases → unknown, any other 4xx → refused (nothing is sent
 *       after a failed inquiry either way).</li>
 * </ul>
 * The status inquiry is stricter: only {@code 2003900} with a known {@code latestTransactionStatus} that is about
 * this top-up gives a definite outcome: {@code serviceCode} {@code 38} (a missing one is not enough), and, when
 * Finpay sends them, the same {@code originalPartnerReferenceNo} and the same {@code amount} (value and currency).
 * Every other answer, 4xx included, is unknown (and a mismatch is logged as a warning), because "the status inquiry
 * failed" must never be read as "the top-up failed".
 *
 * <p>The account inquiry sends the {@code partnerReferenceNo} that {@link SnapSettings#inquiryReference()} derives
 * from the top-up's: by default its own, so no answer about the inquiry can be taken for one about the top-up.
 *
 * <p>When no access token can be had, the inquiry and the status are unknown, and the top-up fails with
 * {@value FinpayFailure#TOKEN_UNAVAILABLE}: without a token no top-up request was sent (or the one sent was refused
 * for its token), so Finpay processed nothing and failing it is final and safe.
 *
 * <p>Finpay's {@code responseMessage} is kept and logged only after {@link SnapAnswers#read} made it safe (secret and
 * token redacted, phone numbers masked, control characters dropped, length bounded). No method throws: anything
 * unexpected becomes an unknown outcome, logged without secrets.
 */
public final class SnapEmoneyAdapter implements EmoneyTopUpPort {

    private static final Logger log = LoggerFactory.getLogger(SnapEmoneyAdapter.class);
    private static final Set<String> IN_PROGRESS = Set.of("01", "02", "03");
    private static final Set<String> FAILED = Set.of("04", "05", "06");

    private final SnapTransport transport;
    private final InquiryReference inquiryReference;

    public SnapEmoneyAdapter(SnapSettings settings) {
        Objects.requireNonNull(settings, "settings must not be null");
        FinpayHttp http = new FinpayHttp(settings.connectTimeout(), settings.readTimeout());
        Jackson3Encoder encoder = new Jackson3Encoder(SnapAnswers.JSON);
        SnapTokenClient tokenClient = http.feign().encoder(encoder)
                .target(SnapTokenClient.class, settings.target());
        SnapEmoneyClient emoneyClient = http.feign().encoder(encoder)
                .requestInterceptor(new SnapSigningInterceptor(
                        new SnapRequestSigner(settings.clientSecret(), settings.signatureEncoding())))
                .target(SnapEmoneyClient.class, settings.target());
        SnapAccessTokens tokens = new SnapAccessTokens(tokenClient, new SnapTokenSigner(settings.privateKey()),
                settings.clientId(), settings.clock(), settings.connectTimeout(), settings.readTimeout());
        this.transport = new SnapTransport(emoneyClient, tokens, new ExternalIdGenerator(settings.clock()), settings);
        this.inquiryReference = settings.inquiryReference();
    }

    @Override
    public InquiryOutcome inquire(AccountInquiry inquiry) {
        String subject = "customer " + inquiry.customerNumber().masked() + ", top-up partnerReferenceNo "
                + inquiry.partnerReferenceNo().value();
        try {
            String reference = inquiryReference.inquiryReferenceOf(inquiry.partnerReferenceNo());
            subject = subject + ", inquiry partnerReferenceNo " + reference;
            AccountInquiryRequest request = new AccountInquiryRequest(reference,
                    inquiry.customerNumber().local(), Amount.of(inquiry.amount()),
                    SnapHeaders.jakartaTime(inquiry.transactionDate()));
            SnapAnswer answer = transport.exchange(SnapTransport.Endpoint.ACCOUNT_INQUIRY, subject,
                    (client, headers) -> client.accountInquiry(headers, request));
            return inquiryOutcome(answer, subject);
        } catch (TokenUnavailableException e) {
            return new InquiryOutcome.Unknown(e.getMessage());
        } catch (RuntimeException e) {
            return new InquiryOutcome.Unknown(unexpected("account-inquiry", subject, e));
        }
    }

    @Override
    public TopUpOutcome topUp(TopUpInstruction instruction) {
        String subject = "customer " + instruction.customerNumber().masked() + ", partnerReferenceNo "
                + instruction.partnerReferenceNo().value();
        try {
            TopUpRequest request = new TopUpRequest(instruction.partnerReferenceNo().value(),
                    instruction.customerNumber().local(), instruction.customerName(), Amount.of(instruction.amount()),
                    Amount.of(instruction.fee()), SnapHeaders.jakartaTime(instruction.transactionDate()));
            SnapAnswer answer = transport.exchange(SnapTransport.Endpoint.TOP_UP, subject,
                    (client, headers) -> client.topUp(headers, request));
            return topUpOutcome(answer, instruction, subject);
        } catch (TokenUnavailableException e) {
            log.warn("Finpay SNAP topup {}: not sent, {}", subject, e.getMessage());
            return new TopUpOutcome.Failed(FinpayFailure.TOKEN_UNAVAILABLE,
                    e.getMessage() + "; Finpay processed no top-up");
        } catch (RuntimeException e) {
            return new TopUpOutcome.Unknown(unexpected("topup", subject, e));
        }
    }

    @Override
    public StatusOutcome status(StatusInquiry inquiry) {
        String subject = "partnerReferenceNo " + inquiry.partnerReferenceNo().value() + ", amount "
                + inquiry.amount().toPlainString();
        try {
            TopUpStatusRequest request = new TopUpStatusRequest(inquiry.partnerReferenceNo().value(),
                    inquiry.referenceNo() == null ? "" : inquiry.referenceNo(), TopUpStatusRequest.TOP_UP_SERVICE);
            SnapAnswer answer = transport.exchange(SnapTransport.Endpoint.TOP_UP_STATUS, subject,
                    (client, headers) -> client.topUpStatus(headers, request));
            return statusOutcome(answer, inquiry, subject);
        } catch (TokenUnavailableException e) {
            return new StatusOutcome.Unknown(e.getMessage());
        } catch (RuntimeException e) {
            return new StatusOutcome.Unknown(unexpected("topup-status", subject, e));
        }
    }

    private static InquiryOutcome inquiryOutcome(SnapAnswer answer, String subject) {
        if (answer instanceof SnapAnswer.NoAnswer none) {
            return new InquiryOutcome.Unknown(none.reason());
        }
        SnapAnswer.Answered answered = (SnapAnswer.Answered) answer;
        String service = SnapTransport.Endpoint.ACCOUNT_INQUIRY.serviceCode;
        if (isSuccess(answered, service)) {
            AccountInquiryResponse body = fields(answered, AccountInquiryResponse.class);
            if (body == null) {
                return new InquiryOutcome.Unknown("success answer " + answered.responseCode() + " with garbled fields");
            }
            String customerName = body.customerName();
            Money fee = money(body.feeAmount());
            Money min = money(body.minAmount());
            Money max = money(body.maxAmount());
            if (customerName == null || customerName.isBlank() || fee == null || min == null || max == null) {
                return new InquiryOutcome.Unknown("success answer " + answered.responseCode()
                        + " without a usable customerName, feeAmount, minAmount or maxAmount");
            }
            return new InquiryOutcome.Inquired(customerName, fee, body.feeType(), min, max);
        }
        if (answered.httpStatus() >= 400 && answered.httpStatus() < 500
                && SnapCase.of(answered) != SnapCase.TOO_MANY_REQUESTS) {
            logRefusal("account-inquiry", subject, answered);
            return new InquiryOutcome.Refused(answered.responseCode(), message(answered));
        }
        return new InquiryOutcome.Unknown(unknownReason(answered));
    }

    private static TopUpOutcome topUpOutcome(SnapAnswer answer, TopUpInstruction instruction, String subject) {
        if (answer instanceof SnapAnswer.NoAnswer none) {
            return new TopUpOutcome.Unknown(none.reason());
        }
        SnapAnswer.Answered answered = (SnapAnswer.Answered) answer;
        String service = SnapTransport.Endpoint.TOP_UP.serviceCode;
        if (isSuccess(answered, service)) {
            TopUpResponse body = fields(answered, TopUpResponse.class);
            if (body == null) {
                return new TopUpOutcome.Unknown("success answer " + answered.responseCode() + " with garbled fields");
            }
            if (body.partnerReferenceNo() != null
                    && !body.partnerReferenceNo().equals(instruction.partnerReferenceNo().value())) {
                log.error("Finpay SNAP topup {}: success answer names another partnerReferenceNo", subject);
                return new TopUpOutcome.Unknown("success answer for another partnerReferenceNo");
            }
            if (body.referenceNo() == null || body.referenceNo().isBlank()) {
                return new TopUpOutcome.Unknown("success answer " + answered.responseCode() + " without a referenceNo");
            }
            return new TopUpOutcome.Succeeded(body.referenceNo());
        }
        if (answered.responseCode().equals("202" + service + "00")) {
            return new TopUpOutcome.Pending("Finpay is processing the top-up (" + answered.responseCode() + " "
                    + message(answered) + ")");
        }
        SnapCase row = SnapCase.of(answered);
        if (row.definiteRefusal) {
            logRefusal("topup", subject, answered);
            return new TopUpOutcome.Failed(answered.responseCode(), message(answered));
        }
        if (row == SnapCase.DUPLICATE_PARTNER_REFERENCE) {
            return new TopUpOutcome.Unknown("duplicate partnerReferenceNo: already processed ("
                    + answered.responseCode() + ")");
        }
        if (answered.httpStatus() >= 400 && answered.httpStatus() < 500) {
            log.warn("Finpay SNAP topup {}: {} {} is no definite refusal; the status inquiry settles it", subject,
                    answered.responseCode(), message(answered));
            return new TopUpOutcome.Unknown(unknownReason(answered) + "; not a definite refusal, the status inquiry"
                    + " settles it");
        }
        return new TopUpOutcome.Unknown(unknownReason(answered));
    }

    private static StatusOutcome statusOutcome(SnapAnswer answer, StatusInquiry inquiry, String subject) {
        if (answer instanceof SnapAnswer.NoAnswer none) {
            return new StatusOutcome.Unknown(none.reason());
        }
        SnapAnswer.Answered answered = (SnapAnswer.Answered) answer;
        String service = SnapTransport.Endpoint.TOP_UP_STATUS.serviceCode;
        if (!isSuccess(answered, service)) {
            if (answered.httpStatus() == 400 || answered.httpStatus() == 401) {
                logRefusal("topup-status", subject, answered);
            }
            return new StatusOutcome.Unknown("status inquiry answered " + answered.responseCode() + " "
                    + message(answered));
        }
        TopUpStatusResponse body = fields(answered, TopUpStatusResponse.class);
        if (body == null) {
            return new StatusOutcome.Unknown("success answer " + answered.responseCode() + " with garbled fields");
        }
        String disagreement = disagreement(body, inquiry);
        if (disagreement != null) {
            log.warn("Finpay SNAP topup-status {}: the answer is not about this top-up: {}", subject, disagreement);
            return new StatusOutcome.Unknown("status answer not about this top-up: " + disagreement);
        }
        String status = body.latestTransactionStatus();
        String description = SnapAnswers.safe(body.transactionStatusDesc());
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
            return new StatusOutcome.Failed("STATUS_" + status, description);
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
                    : "serviceCode " + SnapAnswers.safe(body.serviceCode()) + ", expected "
                    + TopUpStatusRequest.TOP_UP_SERVICE;
        }
        String partnerReferenceNo = body.originalPartnerReferenceNo();
        if (partnerReferenceNo != null && !partnerReferenceNo.isBlank()
                && !partnerReferenceNo.equals(inquiry.partnerReferenceNo().value())) {
            return "originalPartnerReferenceNo " + SnapAnswers.safe(partnerReferenceNo) + ", expected "
                    + inquiry.partnerReferenceNo().value();
        }
        Amount amount = body.amount();
        if (amount != null && !(inquiry.amount().currency().getCurrencyCode().equals(amount.currency())
                && inquiry.amount().equals(money(amount)))) {
            return "amount " + SnapAnswers.safe(amount.value()) + " " + SnapAnswers.safe(amount.currency())
                    + ", expected " + inquiry.amount().toPlainString() + " " + inquiry.amount().currency();
        }
        return null;
    }

    private static boolean isSuccess(SnapAnswer.Answered answered, String service) {
        return answered.responseCode().equals("200" + service + "00");
    }

    private static <T> @Nullable T fields(SnapAnswer.Answered answered, Class<T> type) {
        try {
            return SnapAnswers.JSON.treeToValue(answered.body(), type);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** An IDR amount with up to two decimals; anything else (another currency, garbage) is none. */
    private static @Nullable Money money(@Nullable Amount amount) {
        if (amount == null || amount.value() == null) {
            return null;
        }
        if (amount.currency() != null && !amount.currency().equals(Money.IDR.getCurrencyCode())) {
            return null;
        }
        try {
            return Money.parse(amount.value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String message(SnapAnswer.Answered answered) {
        return answered.responseMessage().isBlank() ? "(no responseMessage)" : answered.responseMessage();
    }

    private static String unknownReason(SnapAnswer.Answered answered) {
        return "Finpay answered " + answered.responseCode() + " " + message(answered);
    }

    private static void logRefusal(String endpoint, String subject, SnapAnswer.Answered answered) {
        if (answered.httpStatus() == 400) {
            log.error("Finpay SNAP {} {}: request refused as malformed ({} {}); this is a bug in dompet", endpoint,
                    subject, answered.responseCode(), message(answered));
        } else if (answered.httpStatus() == 401) {
            log.error("Finpay SNAP {} {}: unauthorized ({} {}); check dompet.finpay.snap.client-id, client-secret,"
                    + " signature-encoding and the keys", endpoint, subject, answered.responseCode(), message(answered));
        }
    }

    private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }

    private static String unexpected(String endpoint, String subject, RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        // the message and the stack trace are left out on purpose: they might quote a header or a body
        log.error("Finpay SNAP {} {}: unexpected {}{}", endpoint, subject, SnapAnswers.describe(e), where);
        return "unexpected " + SnapAnswers.describe(e) + " in the Finpay adapter";
    }
}

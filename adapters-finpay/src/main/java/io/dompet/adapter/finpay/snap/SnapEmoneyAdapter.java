package io.dompet.adapter.finpay.snap;

import feign.jackson3.Jackson3Encoder;
import io.dompet.adapter.finpay.signature.SnapRequestSigner;
import io.dompet.adapter.finpay.signature.SnapTokenSigner;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.domain.shared.Money;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * {@link EmoneyTopUpPort} over Finpay's SNAP APIs (PROTOCOL.md §1), over {@link FinpayHttp} (the read timeout
 * bounds each whole exchange, headers and body). Answers are mapped as §1.7 says; with {@code xx} the service code (37 inquiry, 38 top-up,
 * 39 status):
 * <ul>
 *   <li>{@code 200xx00} → success; a success whose fields are missing or garbled → unknown;</li>
 *   <li>{@code 202xx00} → top-up pending; inquiry and status unknown;</li>
 *   <li>{@code 401xx01}/{@code 401xx03} → token refreshed and the call resent once, {@code 409xx00} → resent once
 *       with a new {@code X-EXTERNAL-ID} (see {@link SnapTransport}); then mapped as any other answer;</li>
 *   <li>{@code 409xx01} on the top-up (duplicate partnerReferenceNo: Finpay already has it) → unknown, for the
 *       status inquiry to settle;</li>
 *   <li>any other 4xx (400 our bug and 401 configuration are logged as errors, 403xx02, 403xx14, 404xx11,
 *       429xx00 …) → inquiry refused, top-up failed, with Finpay's code and message: Finpay processed nothing;</li>
 *   <li>5xx, timeouts, I/O errors, non-JSON or empty bodies, JSON without {@code responseCode}, a status that
 *       disagrees with the {@code responseCode} → unknown.</li>
 * </ul>
 * The status inquiry is stricter: only {@code 2003900} with a known {@code latestTransactionStatus} gives a
 * definite outcome; every other answer, 4xx included, is unknown, because "the status inquiry failed" must never
 * be read as "the top-up failed".
 *
 * <p>When no access token can be had, the inquiry and the status are unknown, and the top-up fails with
 * {@value #TOKEN_UNAVAILABLE}: without a token no top-up request was sent (or the one sent was refused for its
 * token), so Finpay processed nothing and failing it is final and safe.
 *
 * <p>No method throws: anything unexpected becomes an unknown outcome, logged without secrets.
 */
public final class SnapEmoneyAdapter implements EmoneyTopUpPort {

    /** The failure code of a top-up that was never processed because Finpay gave no access token. */
    public static final String TOKEN_UNAVAILABLE = "DOMPET_TOKEN_UNAVAILABLE";

    private static final Logger log = LoggerFactory.getLogger(SnapEmoneyAdapter.class);
    private static final Set<String> IN_PROGRESS = Set.of("01", "02", "03");
    private static final Set<String> FAILED = Set.of("04", "05", "06");

    private final SnapTransport transport;

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
    }

    @Override
    public InquiryOutcome inquire(AccountInquiry inquiry) {
        String subject = "customer " + inquiry.customerNumber().masked() + ", partnerReferenceNo "
                + inquiry.partnerReferenceNo().value();
        try {
            AccountInquiryRequest request = new AccountInquiryRequest(inquiry.partnerReferenceNo().value(),
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
            return new TopUpOutcome.Failed(TOKEN_UNAVAILABLE, e.getMessage() + "; Finpay processed no top-up");
        } catch (RuntimeException e) {
            return new TopUpOutcome.Unknown(unexpected("topup", subject, e));
        }
    }

    @Override
    public StatusOutcome status(StatusInquiry inquiry) {
        String subject = "partnerReferenceNo " + inquiry.partnerReferenceNo().value();
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
        if (answered.httpStatus() >= 400 && answered.httpStatus() < 500) {
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
        if (answered.httpStatus() == 202 && answered.responseCode().equals("202" + service + "00")) {
            return new TopUpOutcome.Pending("Finpay is processing the top-up (" + answered.responseCode() + " "
                    + message(answered) + ")");
        }
        if (answered.is(409, "01")) {
            return new TopUpOutcome.Unknown("duplicate partnerReferenceNo: already processed ("
                    + answered.responseCode() + ")");
        }
        if (answered.httpStatus() >= 400 && answered.httpStatus() < 500) {
            logRefusal("topup", subject, answered);
            return new TopUpOutcome.Failed(answered.responseCode(), message(answered));
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
        if (body.originalPartnerReferenceNo() != null
                && !body.originalPartnerReferenceNo().equals(inquiry.partnerReferenceNo().value())) {
            log.error("Finpay SNAP topup-status {}: answer names another originalPartnerReferenceNo", subject);
            return new StatusOutcome.Unknown("status answer for another partnerReferenceNo");
        }
        String status = body.latestTransactionStatus();
        String description = body.transactionStatusDesc() == null ? "" : body.transactionStatusDesc();
        if ("00".equals(status)) {
            String referenceNo = firstNonBlank(body.originalReferenceNo(), body.referenceNo());
            if (referenceNo == null) {
                return new StatusOutcome.Unknown("status 00 without a referenceNo");
            }
            if (inquiry.referenceNo() != null && !inquiry.referenceNo().isBlank()
                    && body.originalReferenceNo() != null && !body.originalReferenceNo().isBlank()
                    && !body.originalReferenceNo().equals(inquiry.referenceNo())) {
                log.error("Finpay SNAP topup-status {}: status 00 names another originalReferenceNo", subject);
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

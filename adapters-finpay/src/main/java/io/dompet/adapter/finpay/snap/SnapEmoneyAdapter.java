package io.dompet.adapter.finpay.snap;

import feign.jackson3.Jackson3Encoder;
import io.dompet.adapter.finpay.signature.SnapRequestSigner;
import io.dompet.adapter.finpay.signature.SnapTokenSigner;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import io.dompet.adapter.finpay.transport.SingleFlightToken;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.domain.shared.FinpayFailure;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EmoneyTopUpPort} over Finpay's SNAP APIs (PROTOCOL.md §1), over {@link FinpayHttp} (the read timeout
 * bounds each whole exchange, headers and body). Answers are mapped as §1.7 says, through the one table
 * {@link SnapCase}, by {@link SnapOutcomes}; with {@code xx} the service code (37 inquiry, 38 top-up, 39 status):
 * <ul>
 *   <li>{@code 200xx00} → success; a top-up success without {@code referenceNo} (optional in Finpay's answer) →
 *       success without it, for the application to ask the status inquiry; a success whose other fields are
 *       missing or garbled → unknown;</li>
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
 * The status inquiry sends Finpay's {@code referenceNo} when known, else {@code originalReferenceNo} as
 * {@link SnapSettings#originalReferenceNo()} says (left out by default). The top-up echoes the inquiry's
 * {@code feeAmount} text byte for byte.
 *
 * <p>When no access token can be had, the inquiry and the status are unknown, and the top-up fails with
 * {@value FinpayFailure#TOKEN_UNAVAILABLE}: without a token no top-up request was sent (or the one sent was refused
 * for its token), so Finpay processed nothing and failing it is final and safe.
 *
 * <p>Finpay's {@code responseMessage} is kept and logged only after {@link FinpayHttp#exchange} made it safe (secret and
 * token redacted, phone numbers masked, control characters dropped, length bounded). No method throws: anything
 * unexpected becomes an unknown outcome, logged without secrets.
 */
public final class SnapEmoneyAdapter implements EmoneyTopUpPort {

    private static final Logger log = LoggerFactory.getLogger(SnapEmoneyAdapter.class);

    private final FinpayHttp http;
    private final SnapTransport transport;
    private final InquiryReference inquiryReference;
    private final OriginalReferenceNo originalReferenceNo;
    private final SnapOutcomes outcomes;

    public SnapEmoneyAdapter(SnapSettings settings) {
        Objects.requireNonNull(settings, "settings must not be null");
        this.http = new FinpayHttp(log, settings.connectTimeout(), settings.readTimeout());
        Jackson3Encoder encoder = new Jackson3Encoder(JsonAnswers.COMPACT_LENIENT);
        SnapTokenClient tokenClient = http.feign().encoder(encoder)
                .target(SnapTokenClient.class, settings.target());
        SnapEmoneyClient emoneyClient = http.feign().encoder(encoder)
                .requestInterceptor(new SnapSigningInterceptor(
                        new SnapRequestSigner(settings.clientSecret(), settings.signatureEncoding())))
                .target(SnapEmoneyClient.class, settings.target());
        SingleFlightToken<String> tokens = http.tokenCache(settings.clock(), new SnapTokenSource(http, tokenClient,
                new SnapTokenSigner(settings.privateKey()), settings.clientId(), settings.clock()), "token request");
        this.transport = new SnapTransport(http, emoneyClient, tokens, SnapHeaders.externalIds(settings.clock()), settings);
        this.inquiryReference = settings.inquiryReference();
        this.originalReferenceNo = settings.originalReferenceNo();
        this.outcomes = new SnapOutcomes(settings.signatureEncoding(), originalReferenceNo, inquiryReference);
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
            FinpayAnswer answer = transport.exchange(SnapEndpoint.ACCOUNT_INQUIRY, subject,
                    (client, headers) -> client.accountInquiry(headers, request));
            return outcomes.inquiryOutcome(answer, subject);
        } catch (TokenUnavailableException e) {
            return new InquiryOutcome.Unknown(e.getMessage());
        } catch (RuntimeException e) {
            return new InquiryOutcome.Unknown(http.unexpected(SnapEndpoint.ACCOUNT_INQUIRY, subject, e));
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
            FinpayAnswer answer = transport.exchange(SnapEndpoint.TOP_UP, subject,
                    (client, headers) -> client.topUp(headers, request));
            return outcomes.topUpOutcome(answer, instruction, subject);
        } catch (TokenUnavailableException e) {
            log.warn("Finpay SNAP topup {}: not sent, {}", subject, e.getMessage());
            return new TopUpOutcome.Failed(new FinpayFailure(FinpayFailure.TOKEN_UNAVAILABLE,
                    e.getMessage() + "; Finpay processed no top-up"));
        } catch (RuntimeException e) {
            return new TopUpOutcome.Unknown(http.unexpected(SnapEndpoint.TOP_UP, subject, e));
        }
    }

    @Override
    public StatusOutcome status(StatusInquiry inquiry) {
        String subject = "partnerReferenceNo " + inquiry.partnerReferenceNo().value() + ", amount "
                + inquiry.amount().toPlainString();
        try {
            TopUpStatusRequest request = new TopUpStatusRequest(inquiry.partnerReferenceNo().value(),
                    originalReferenceNo.wireValue(inquiry.referenceNo()), TopUpStatusRequest.TOP_UP_SERVICE);
            FinpayAnswer answer = transport.exchange(SnapEndpoint.TOP_UP_STATUS, subject,
                    (client, headers) -> client.topUpStatus(headers, request));
            return outcomes.statusOutcome(answer, inquiry, subject);
        } catch (TokenUnavailableException e) {
            return new StatusOutcome.Unknown(e.getMessage());
        } catch (RuntimeException e) {
            return new StatusOutcome.Unknown(http.unexpected(SnapEndpoint.TOP_UP_STATUS, subject, e));
        }
    }
}

package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.signature.BillWidgetSigner;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.shared.FinpayFailure;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BillWidgetPort} over Finpay's bill-payment widget API (PROTOCOL.md §4), over {@link FinpayHttp} (plain
 * OpenFeign on the JDK HttpClient, the read timeout bounding each whole exchange, no retries, no redirects followed).
 *
 * <p><b>Generate Widget</b> ({@code POST /v1/widget/generate}) sends the request signed with {@code merchantSignature}
 * (§4.1, {@link BillWidgetSigner}) over exactly the values it carries; {@code timestamp} is the port's
 * {@code requestedAt} in Jakarta time, {@code timeout} its whole seconds. The answer is mapped so:
 * <ul>
 *   <li>{@code data.responseCode} {@code 2000000} and {@code stat_code} {@code APP:SUCCESS} on HTTP 2xx, with an
 *       http(s) {@code redirectURL} carrying exactly one non-blank {@code token} query parameter → generated; such a
 *       success on another HTTP status, without a usable URL, or with one of the two codes missing or saying
 *       otherwise → unknown;</li>
 *   <li>any other {@code data.responseCode} → refused with it and {@code data.responseDesc} (else {@code stat_msg});
 *       without a {@code data.responseCode}, any other {@code stat_code} → refused with it and {@code stat_msg} (else
 *       {@code data.responseDesc}); descriptions with the key, the signature and the customer's data redacted;</li>
 *   <li>I/O errors, timeouts, empty bodies, bodies that are not a JSON object (an HTML 502), JSON without either
 *       code → unknown.</li>
 * </ul>
 * dompet's own refusal {@value FinpayFailure#INVALID_BILL_WIDGET_REQUEST}, with nothing sent: a value longer than
 * Finpay accepts.
 *
 * <p><b>Check Token</b> ({@code GET /v1/widget/check/{token}}, the token percent-encoded as one path segment):
 * {@code stat_code} {@code APP:SUCCESS} on HTTP 2xx with {@code data.productCodes} (an array of strings, or one
 * string, comma-joined, as Finpay's samples send it) and {@code data.includeBill} (a boolean or the string
 * {@code "true"}/{@code "false"}) → valid; any other
 * {@code stat_code} → invalid with it and {@code stat_msg}; anything else → unknown. A blank token is invalid with
 * dompet's code {@value FinpayFailure#INVALID_BILL_WIDGET_TOKEN}, nothing sent.
 *
 * <p>One log line per HTTP call (endpoint, HTTP status, codes, duration, trxId, number of product codes); never the
 * merchant key, a signature, the token, the redirect URL, or the customer's name, phone or e-mail. No method throws.
 * Generate's answer is mapped by {@link GenerateAnswer}, Check Token is {@link TokenCheck}'s; both log as this class.
 */
public final class FinpayBillWidgetAdapter implements BillWidgetPort {

    static final int MAX_KEY = 32;
    static final int MAX_URL = BillWidget.MAX_URL_LENGTH;
    static final int MAX_PRODUCT_CODES = BillWidget.MAX_PRODUCT_CODES;
    static final int MAX_TIMEOUT_DIGITS = 10;
    private static final int MAX_TOKEN = 1024;
    private static final String NO_DESCRIPTION = "(no description)";

    private static final Logger log = LoggerFactory.getLogger(FinpayBillWidgetAdapter.class);

    private final BillWidgetSettings settings;
    private final BillWidgetSigner signer;
    private final FinpayHttp http;
    private final BillWidgetClient client;
    private final TokenCheck tokenCheck;

    public FinpayBillWidgetAdapter(BillWidgetSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.http = new FinpayHttp(log, settings.connectTimeout(), settings.readTimeout());
        this.client = http.feign().target(BillWidgetClient.class, settings.target());
        this.signer = new BillWidgetSigner(settings.merchantKey(), settings.signatureCase(),
                settings.signatureUpperCase());
        this.tokenCheck = new TokenCheck(settings, http, client);
    }

    @Override
    public GenerateOutcome generate(GenerateRequest request) {
        String subject = "trxId " + request.trxId() + ", " + request.productCodes().size() + " product codes";
        try {
            String invalid = invalid(request);
            if (invalid != null) {
                log.error("Finpay bill widget generate {}: not sent, {}; this is a bug in dompet", subject, invalid);
                return new GenerateOutcome.Refused(new FinpayFailure(FinpayFailure.INVALID_BILL_WIDGET_REQUEST,
                        invalid + "; nothing was sent"));
            }
            GenerateWidgetRequest.Signed signed = GenerateWidgetRequest.of(request, settings)
                    .sign(settings.merchantIdField(), settings.signatureValueStyle(), signer);
            BillInfo bill = request.billInfo();
            FinpayAnswer answer = http.exchange(BillWidgetEndpoint.GENERATE, subject,
                    () -> client.generate(signed.body()), settings.merchantKey(), signed.signature(),
                    bill == null ? null : bill.customerName(), bill == null ? null : bill.customerPhone(),
                    bill == null ? null : bill.customerEmail());
            if (!(answer instanceof FinpayAnswer.Answered answered)) {
                return new GenerateOutcome.Unknown(((FinpayAnswer.NoAnswer) answer).reason());
            }
            return GenerateAnswer.outcome(answered, subject, settings);
        } catch (RuntimeException e) {
            return new GenerateOutcome.Unknown(http.unexpected(BillWidgetEndpoint.GENERATE, subject, e));
        }
    }

    /** What is wrong with {@code request} for Finpay, or {@code null}. Names fields, never values. */
    private @Nullable String invalid(GenerateRequest request) {
        BillInfo bill = request.billInfo();
        if (bill != null && !settings.billAmountFormat().precision().allows(bill.amount())) {
            return "billInfo.amount has cents, which bill-amount-format " + settings.billAmountFormat() + " cannot send";
        }
        if (request.trxId().isBlank() || request.trxId().length() > MAX_KEY) {
            return "trxId must be 1 to " + MAX_KEY + " characters";
        }
        if (request.uniqKey().isBlank() || request.uniqKey().length() > MAX_KEY) {
            return "uniqKey must be 1 to " + MAX_KEY + " characters";
        }
        if (request.backUrl().isBlank() || request.backUrl().length() > MAX_URL) {
            return "backUrl must be 1 to " + MAX_URL + " characters";
        }
        if (request.returnUrl().isBlank() || request.returnUrl().length() > MAX_URL) {
            return "returnUrl must be 1 to " + MAX_URL + " characters";
        }
        if (request.productCodes().isEmpty() || request.productCodes().size() > MAX_PRODUCT_CODES) {
            return "productCodes must list 1 to " + MAX_PRODUCT_CODES + " product codes";
        }
        long seconds = request.timeout().toSeconds();
        if (seconds < 1 || Long.toString(seconds).length() > MAX_TIMEOUT_DIGITS) {
            return "timeout must be at least one second and at most " + MAX_TIMEOUT_DIGITS + " digits of seconds";
        }
        return null;
    }

    @Override
    public CheckOutcome check(String token) {
        return tokenCheck.check(token);
    }

    /** A token dompet sends or accepts: non-empty printable ASCII without spaces, at most 1024 characters. */
    static boolean usableToken(String token) {
        return !token.isEmpty() && token.length() <= MAX_TOKEN && token.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    /** Finpay's code and description of a refusal or an invalid token. */
    static FinpayFailure refusal(FinpayAnswer.Answered answered) {
        return new FinpayFailure(answered.code(), answered.descriptionOr(NO_DESCRIPTION));
    }

    @Override
    public String toString() {
        return "FinpayBillWidgetAdapter[" + settings + "]";
    }
}

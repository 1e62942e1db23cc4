package io.dompet.adapter.finpay.topupwidget;

import feign.auth.BasicAuthRequestInterceptor;
import feign.jackson3.Jackson3Encoder;
import io.dompet.adapter.finpay.signature.TopUpWidgetSigner;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import io.dompet.adapter.finpay.transport.SingleFlightToken;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.domain.shared.FinpayFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * {@link TopUpWidgetPort} over Finpay Money's co-brand API (PROTOCOL.md §3): Get Token, then Widget Top Up, both
 * with {@code Authorization: Basic} and the HMAC-SHA256 body signature of §3.3, over {@link FinpayHttp} (the read
 * timeout bounds each whole exchange). Each HTTP attempt gets its own {@code reqDtime} (Jakarta time), used in its body and its
 * signature alike.
 *
 * <p>Answers are mapped so:
 * <ul>
 *   <li>{@code statusCode} {@code 000} on HTTP 2xx with an absolute http(s) {@code widgetURL} → issued; a success
 *       without one, or on another HTTP status → unknown;</li>
 *   <li>any other {@code statusCode} in a JSON answer (whatever the HTTP status) → refused, with Finpay's code and
 *       description (the token, the signature, the password and the secret key redacted from it);</li>
 *   <li><b>token rule:</b> a refusal whose {@code statusDesc} mentions {@code token} (any case) means Finpay rejected
 *       the token (Finpay documents no code for it): the token is dropped, one new one is asked for, and the widget
 *       is requested once more with a fresh {@code reqDtime} and signature and the same {@code transNumber}; its
 *       answer is mapped as any other;</li>
 *   <li>I/O errors, timeouts, empty bodies, bodies that are not JSON (an HTML 502), JSON without {@code statusCode}
 *       → unknown.</li>
 * </ul>
 * dompet's own refusals, with nothing sent to Widget Top Up: {@value FinpayFailure#PHONE_TOO_LONG} (Finpay takes at
 * most {@value #MAX_PHONE_DIGITS} digits) and {@value FinpayFailure#TOKEN_UNAVAILABLE} (no token for the first
 * attempt). No token for the resend after a rejected token → unknown.
 *
 * <p>A refusal whose description names the signature or {@code requestType} is logged as an error naming the switch
 * to try ({@link TopUpWidgetSwitches}).
 *
 * <p>One log line per HTTP call (endpoint, HTTP status, statusCode, duration, masked phone, transNumber); never the
 * password, the secret key, the token, a signature, a full phone number or the widget URL. No method throws.
 */
public final class FinpayTopUpWidgetAdapter implements TopUpWidgetPort {

    static final int MAX_PHONE_DIGITS = 12;
    static final int MAX_TRANS_NUMBER = 100;
    private static final int MAX_WIDGET_URL = 2048;

    private static final Logger log = LoggerFactory.getLogger(FinpayTopUpWidgetAdapter.class);

    private final FinpayHttp http;
    private final TopUpWidgetClient client;
    private final SingleFlightToken<String> tokens;
    private final TopUpWidgetSigner signer;
    private final TopUpWidgetSettings settings;
    private final TopUpWidgetSwitches switches;
    private final Clock clock;

    public FinpayTopUpWidgetAdapter(TopUpWidgetSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.clock = settings.clock();
        this.http = new FinpayHttp(log, settings.connectTimeout(), settings.readTimeout());
        this.client = http.feign().encoder(new Jackson3Encoder(JsonAnswers.COMPACT_LENIENT))
                .requestInterceptor(new BasicAuthRequestInterceptor(settings.username(), settings.password(),
                        StandardCharsets.UTF_8))
                .target(TopUpWidgetClient.class, settings.target());
        this.signer = new TopUpWidgetSigner(settings.secretKey(), settings.signatureKeyCase());
        this.switches = new TopUpWidgetSwitches(settings);
        this.tokens = http.tokenCache(clock, new TopUpWidgetTokenSource(http, client, signer, TopUpWidgetTimes.transNumbers(clock),
                clock, List.of(settings.password(), settings.secretKey()), switches), "getToken");
    }

    @Override
    public WidgetOutcome openWidget(WidgetRequest request) {
        String transNumber = request.transNumber();
        String masked = request.phoneNumber().masked();
        String subject = "phone " + masked + ", transNumber " + transNumber;
        try {
            String phone = request.phoneNumber().local();
            if (phone.length() > MAX_PHONE_DIGITS) {
                log.warn("Finpay Money widget/topup {}: not sent, the number has {} digits", subject, phone.length());
                return new WidgetOutcome.Refused(new FinpayFailure(FinpayFailure.PHONE_TOO_LONG,
                        "Finpay Money accepts phone numbers of at most "
                        + MAX_PHONE_DIGITS + " digits (08…); this one has " + phone.length() + "; nothing was sent"));
            }
            if (transNumber.isBlank() || transNumber.length() > MAX_TRANS_NUMBER) {
                log.error("Finpay Money widget/topup {}: not sent, the transNumber is empty or too long; this is a bug"
                        + " in dompet", subject);
                return new WidgetOutcome.Refused(new FinpayFailure(FinpayFailure.INVALID_TRANS_NUMBER,
                        "transNumber must be 1 to " + MAX_TRANS_NUMBER + " characters; nothing was sent"));
            }
            return exchange(phone, transNumber, subject);
        } catch (RuntimeException e) {
            return new WidgetOutcome.Unknown(http.unexpected(TopUpWidgetEndpoint.WIDGET_TOP_UP, subject, e));
        }
    }

    private WidgetOutcome exchange(String phone, String transNumber, String subject) {
        boolean sent = false;
        while (true) {
            String token;
            try {
                token = tokens.current();
            } catch (TokenUnavailableException e) {
                if (!sent) {
                    log.warn("Finpay Money widget/topup {}: not sent, {}", subject, e.getMessage());
                    return new WidgetOutcome.Refused(new FinpayFailure(FinpayFailure.TOKEN_UNAVAILABLE,
                            e.getMessage() + "; no widget was requested"));
                }
                log.warn("Finpay Money widget/topup {}: not resent after the token was rejected, {}", subject,
                        e.getMessage());
                return new WidgetOutcome.Unknown(e.getMessage() + ", after Finpay rejected the token of the first request");
            }
            WidgetTopUpRequest body = WidgetTopUpRequest.signed(phone, TopUpWidgetTimes.reqDtime(clock.instant()),
                    settings.widgetRequestType(), token, transNumber, signer);
            FinpayAnswer answer = http.exchange(TopUpWidgetEndpoint.WIDGET_TOP_UP, subject, () -> client.widgetTopUp(body),
                    body.tokenID(), body.signature(), settings.password(), settings.secretKey());
            if (!sent && answer instanceof FinpayAnswer.Answered answered && rejectsToken(answered)) {
                sent = true;
                tokens.invalidate(token);
                log.info("Finpay Money widget/topup {}: token rejected (statusCode {}), refreshing it and resending once",
                        subject, answered.code());
                continue;
            }
            return outcome(answer, subject);
        }
    }

    /**
     * The token rule: a refusal whose description, as Finpay sent it, mentions the token. (The description handed on
     * has the token redacted, so the rule reads Finpay's own.)
     */
    static boolean rejectsToken(FinpayAnswer.Answered answered) {
        String statusDesc = JsonAnswers.string(answered.body(), "statusDesc");
        return !TopUpWidgetEndpoint.isSuccess(answered) && statusDesc != null
                && statusDesc.toLowerCase(Locale.ROOT).contains("token");
    }

    private WidgetOutcome outcome(FinpayAnswer answer, String subject) {
        if (!(answer instanceof FinpayAnswer.Answered answered)) {
            return new WidgetOutcome.Unknown(((FinpayAnswer.NoAnswer) answer).reason());
        }
        if (!TopUpWidgetEndpoint.isSuccess(answered)) {
            String hint = switches.hint(answered, TopUpWidgetEndpoint.WIDGET_TOP_UP);
            if (hint != null) {
                log.error("Finpay Money widget/topup {}: refused ({} {}); {}", subject, answered.code(),
                        answered.descriptionOr("(no statusDesc)"), hint);
            }
            return new WidgetOutcome.Refused(
                    new FinpayFailure(answered.code(), answered.descriptionOr("(no statusDesc)")));
        }
        if (!answered.isHttpSuccess()) {
            return new WidgetOutcome.Unknown("HTTP " + answered.httpStatus() + " disagrees with statusCode "
                    + answered.code());
        }
        String widgetUrl = widgetUrl(answered);
        if (widgetUrl == null) {
            log.error("Finpay Money widget/topup {}: statusCode {} without a usable widgetURL", subject,
                    answered.code());
            return new WidgetOutcome.Unknown("success answer without a usable widgetURL");
        }
        return new WidgetOutcome.Issued(widgetUrl);
    }

    private static @Nullable String widgetUrl(FinpayAnswer.Answered answered) {
        WidgetTopUpResponse fields;
        try {
            fields = JsonAnswers.COMPACT_LENIENT.treeToValue(answered.body(), WidgetTopUpResponse.class);
        } catch (JacksonException e) {
            return null;
        }
        String text = fields.widgetURL();
        if (text == null || text.isBlank() || text.length() > MAX_WIDGET_URL) {
            return null;
        }
        try {
            URI url = new URI(text.strip());
            boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
            return web && url.getHost() != null ? url.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

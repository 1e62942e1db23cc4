package io.dompet.adapter.finpay.money;

import feign.Response;
import feign.auth.BasicAuthRequestInterceptor;
import feign.jackson3.Jackson3Encoder;
import io.dompet.adapter.finpay.signature.MoneySigner;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.domain.topup.FinpayFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
 * <p>One log line per HTTP call (endpoint, HTTP status, statusCode, duration, masked phone, transNumber); never the
 * password, the secret key, the token, a signature, a full phone number or the widget URL. No method throws.
 */
public final class FinpayMoneyAdapter implements TopUpWidgetPort {

    static final int MAX_PHONE_DIGITS = 12;
    static final int MAX_TRANS_NUMBER = 100;
    private static final int MAX_WIDGET_URL = 2048;

    private static final Logger log = LoggerFactory.getLogger(FinpayMoneyAdapter.class);

    private final MoneyWidgetClient widgetClient;
    private final MoneyTokens tokens;
    private final MoneySigner signer;
    private final MoneySettings settings;
    private final Clock clock;

    public FinpayMoneyAdapter(MoneySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.clock = settings.clock();
        FinpayHttp http = new FinpayHttp(settings.connectTimeout(), settings.readTimeout());
        Jackson3Encoder encoder = new Jackson3Encoder(MoneyAnswers.JSON);
        BasicAuthRequestInterceptor basic = new BasicAuthRequestInterceptor(settings.username(), settings.password(),
                StandardCharsets.UTF_8);
        MoneyTokenClient tokenClient = http.feign().encoder(encoder).requestInterceptor(basic)
                .target(MoneyTokenClient.class, settings.target());
        this.widgetClient = http.feign().encoder(encoder).requestInterceptor(basic)
                .target(MoneyWidgetClient.class, settings.target());
        this.signer = new MoneySigner(settings.secretKey(), settings.signatureKeyCase());
        this.tokens = new MoneyTokens(tokenClient, signer, new TransNumberGenerator(clock), clock,
                settings.connectTimeout(), settings.readTimeout(), List.of(settings.password(), settings.secretKey()));
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
                return new WidgetOutcome.Refused(FinpayFailure.PHONE_TOO_LONG,
                        "Finpay Money accepts phone numbers of at most "
                        + MAX_PHONE_DIGITS + " digits (08…); this one has " + phone.length() + "; nothing was sent");
            }
            if (transNumber.isBlank() || transNumber.length() > MAX_TRANS_NUMBER) {
                log.error("Finpay Money widget/topup {}: not sent, the transNumber is empty or too long; this is a bug"
                        + " in dompet", subject);
                return new WidgetOutcome.Refused(FinpayFailure.INVALID_TRANS_NUMBER,
                        "transNumber must be 1 to " + MAX_TRANS_NUMBER + " characters; nothing was sent");
            }
            return exchange(phone, transNumber, subject);
        } catch (RuntimeException e) {
            return new WidgetOutcome.Unknown(unexpected(subject, e));
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
                    return new WidgetOutcome.Refused(FinpayFailure.TOKEN_UNAVAILABLE,
                            e.getMessage() + "; no widget was requested");
                }
                log.warn("Finpay Money widget/topup {}: not resent after the token was rejected, {}", subject,
                        e.getMessage());
                return new WidgetOutcome.Unknown(e.getMessage() + ", after Finpay rejected the token of the first request");
            }
            WidgetTopUpRequest body = WidgetTopUpRequest.signed(phone, MoneyTimes.reqDtime(clock.instant()),
                    settings.widgetRequestType(), token, transNumber, signer);
            MoneyAnswer answer = send(body, subject);
            if (!sent && answer instanceof MoneyAnswer.Answered answered && rejectsToken(answered)) {
                sent = true;
                tokens.invalidate(token);
                log.info("Finpay Money widget/topup {}: token rejected (statusCode {}), refreshing it and resending once",
                        subject, answered.statusCode());
                continue;
            }
            return outcome(answer, body, subject);
        }
    }

    /** The token rule: a refusal whose description mentions the token. */
    static boolean rejectsToken(MoneyAnswer.Answered answered) {
        return !answered.isSuccess() && answered.statusDesc().toLowerCase(Locale.ROOT).contains("token");
    }

    private MoneyAnswer send(WidgetTopUpRequest body, String subject) {
        long started = System.nanoTime();
        MoneyAnswer answer;
        try (Response response = widgetClient.widgetTopUp(body)) {
            answer = MoneyAnswers.read(response);
        } catch (RuntimeException e) {
            answer = MoneyAnswers.failed(e, settings.readTimeout().toMillis());
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (answer instanceof MoneyAnswer.Answered answered) {
            log.info("Finpay Money widget/topup {}: HTTP {} statusCode {} in {} ms", subject, answered.httpStatus(),
                    answered.statusCode(), millis);
        } else {
            log.warn("Finpay Money widget/topup {}: no usable answer ({}) after {} ms", subject,
                    ((MoneyAnswer.NoAnswer) answer).reason(), millis);
        }
        return answer;
    }

    private WidgetOutcome outcome(MoneyAnswer answer, WidgetTopUpRequest body, String subject) {
        if (answer instanceof MoneyAnswer.NoAnswer none) {
            return new WidgetOutcome.Unknown(none.reason());
        }
        MoneyAnswer.Answered answered = (MoneyAnswer.Answered) answer;
        if (!answered.isSuccess()) {
            return new WidgetOutcome.Refused(answered.statusCode(), MoneyAnswers.safeDescription(answered.statusDesc(),
                    body.tokenID(), body.signature(), settings.password(), settings.secretKey()));
        }
        if (answered.httpStatus() < 200 || answered.httpStatus() > 299) {
            return new WidgetOutcome.Unknown("HTTP " + answered.httpStatus() + " disagrees with statusCode "
                    + answered.statusCode());
        }
        String widgetUrl = widgetUrl(answered);
        if (widgetUrl == null) {
            log.error("Finpay Money widget/topup {}: statusCode {} without a usable widgetURL", subject,
                    answered.statusCode());
            return new WidgetOutcome.Unknown("success answer without a usable widgetURL");
        }
        return new WidgetOutcome.Issued(widgetUrl);
    }

    private static @Nullable String widgetUrl(MoneyAnswer.Answered answered) {
        WidgetTopUpResponse fields;
        try {
            fields = MoneyAnswers.JSON.treeToValue(answered.body(), WidgetTopUpResponse.class);
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

    private static String unexpected(String subject, RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        // the message and the stack trace are left out on purpose: they might quote a header or a body
        log.error("Finpay Money widget/topup {}: unexpected {}{}", subject, MoneyAnswers.describe(e), where);
        return "unexpected " + MoneyAnswers.describe(e) + " in the Finpay Money adapter";
    }
}

package io.dompet.sandbox.money;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.dompet.sandbox.config.WidgetRequestType;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /apicobrand/widget/topup}: after the {@link MoneyGate} checks ({@code requestType} the configured
 * {@link WidgetRequestType}'s one spelling, {@code widgetTopUp} by default), then {@code phoneNumber} ({@code 08} + 8–10 digits, 10–12 in all;
 * else {@code 003 Invalid phoneNumber}), {@code tokenID} (issued and not expired; else {@code 004 Invalid Token})
 * and {@code transNumber} (never used by an earlier successful widget; else {@code 006 Duplicate transNumber}),
 * opens a widget and answers its {@code widgetURL} on the sandbox's own base URL.
 */
final class WidgetTopUpEndpoint implements Endpoint {

    static final String PATH = MoneyApi.BASE_PATH + "/widget/topup";
    static final Pattern PHONE_NUMBER = Pattern.compile("08\\d{8,10}");
    private static final Logger log = LoggerFactory.getLogger(WidgetTopUpEndpoint.class);

    private final MoneyGate gate;
    private final WidgetTokens tokens;
    private final WidgetSessions sessions;
    private final Supplier<URI> baseUrl;
    private final Clock clock;
    private final String requestType;

    WidgetTopUpEndpoint(MoneyGate gate, WidgetTokens tokens, WidgetSessions sessions, Supplier<URI> baseUrl,
                        Clock clock, WidgetRequestType requestType) {
        this.requestType = requestType.value();
        this.gate = gate;
        this.tokens = tokens;
        this.sessions = sessions;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public Reply handle(Request request) {
        long started = System.nanoTime();
        Map<String, String> fields = gate.admit(request, requestType);
        String phoneNumber = fields.get("phoneNumber");
        if (phoneNumber == null || !PHONE_NUMBER.matcher(phoneNumber).matches()) {
            throw MoneyStatus.INVALID_PHONE_NUMBER.rejection();
        }
        if (!tokens.isValid(fields.get("tokenID"))) {
            throw MoneyStatus.INVALID_TOKEN.rejection();
        }
        Optional<WidgetSession> opened = sessions.open(phoneNumber, fields.get("transNumber"), clock.instant());
        if (opened.isEmpty()) {
            throw MoneyStatus.DUPLICATE_TRANS_NUMBER.rejection();
        }
        WidgetSession session = opened.get();
        log.info("Finpay sandbox Money widget/topup for customer {} -> 000", session.maskedPhoneNumber());
        return Reply.ok(new WidgetOpened(MoneyStatus.SUCCESS, "Success", widgetUrl(request, session),
                MoneyTime.processingTime(started)));
    }

    private String widgetUrl(Request request, WidgetSession session) {
        URI base = baseUrl.get();
        String origin = base != null ? base.toString()
                : "http://" + request.header("Host").orElse("localhost");
        return origin + WidgetPageEndpoint.PATH + "?access=" + session.access();
    }

    record WidgetOpened(String statusCode, String statusDesc, String widgetURL, double processingTime) {
    }
}

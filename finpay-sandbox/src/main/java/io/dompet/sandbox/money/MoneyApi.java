package io.dompet.sandbox.money;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.http.RefusalLog;
import io.dompet.sandbox.http.Router;

/**
 * Finpay Money's co-brand widget API as the sandbox plays it, under {@value #BASE_PATH} (PROTOCOL.md §3), with its
 * in-memory state (tokens, widgets, used {@code transNumber}s), all thread-safe:
 * <ul>
 *   <li>{@code POST /apicobrand/security/getToken} → {@code tokenID}, {@code tokenExpiry}</li>
 *   <li>{@code POST /apicobrand/widget/topup} → {@code widgetURL}</li>
 *   <li>{@code GET /apicobrand/widget/page?access=…} → the widget page (HTML)</li>
 *   <li>{@code POST /apicobrand/widget/pay} → the page's Pay button: sends Notify Top Up, answers the receipt</li>
 * </ul>
 */
public final class MoneyApi {

    public static final String BASE_PATH = "/apicobrand";

    private final GetTokenEndpoint getToken;
    private final WidgetTopUpEndpoint widgetTopUp;
    private final WidgetPageEndpoint widgetPage;
    private final WidgetPayEndpoint widgetPay;

    /**
     * @param settings the credentials ({@code money()}), {@code moneyTokenLifetime}, {@code moneySignatureKeyCase} and
     *                 {@code widgetRequestType}
     * @param baseUrl  the sandbox's base URL as a browser reaches it, e.g. {@code http://localhost:18089} (known once
     *                 the server listens; until then the request's {@code Host} is used)
     * @param notifier sends Notify Top Up when a customer pays
     */
    public MoneyApi(SandboxSettings settings, Supplier<URI> baseUrl, TopUpNotifier notifier) {
        this(settings, baseUrl, notifier, Clock.systemUTC());
    }

    MoneyApi(SandboxSettings settings, Supplier<URI> baseUrl, TopUpNotifier notifier, Clock clock) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(notifier, "notifier");
        MoneyGate gate = new MoneyGate(settings.credentials().money(), settings.moneyWidgetVariant().signatureKeyCase(), clock);
        WidgetTokens tokens = new WidgetTokens(settings.moneyTokenLifetime(), clock);
        WidgetSessions sessions = new WidgetSessions();
        getToken = new GetTokenEndpoint(gate, tokens);
        widgetTopUp = new WidgetTopUpEndpoint(gate, tokens, sessions, baseUrl, clock, settings.moneyWidgetVariant().requestType());
        widgetPage = new WidgetPageEndpoint(sessions);
        widgetPay = new WidgetPayEndpoint(sessions, notifier, clock);
    }

    /** Adds the Finpay Money routes to {@code routes}. */
    public Router.Builder register(Router.Builder routes) {
        return routes
                .postJson(GetTokenEndpoint.PATH, RefusalLog.logged("Money getToken", getToken))
                .postJson(WidgetTopUpEndpoint.PATH, RefusalLog.logged("Money widget/topup", widgetTopUp))
                .get(WidgetPageEndpoint.PATH, widgetPage)
                .post(WidgetPayEndpoint.PATH, widgetPay);
    }
}

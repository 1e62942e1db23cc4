package io.dompet.sandbox.billwidget;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.http.RefusalLog;
import io.dompet.sandbox.http.Router;

/**
 * Finpay's Widget Bill Payment as the sandbox plays it (PROTOCOL.md §4), with its in-memory state (widgets, used
 * {@code trxId}s and {@code uniqKey}s), all thread-safe:
 * <ul>
 *   <li>{@code POST /v1/widget/generate} → {@code redirectURL} (the page, with the widget's token)</li>
 *   <li>{@code GET /v1/widget/check/{token}} → {@code includeBill}, {@code productCodes}, {@code reqId}, {@code trxId}</li>
 *   <li>{@code GET /billwidget?token=…} → the page (HTML): billers, bill, validity; an expiry page once expired</li>
 * </ul>
 */
public final class BillWidgetApi {

    private final GenerateEndpoint generate;
    private final CheckTokenEndpoint check;
    private final BillPageEndpoint page;

    /**
     * @param settings the credentials ({@code billWidget()}), {@code billWidgetSignatureCase}, {@code merchantIdField}
     *                 and {@code clock}
     * @param baseUrl  the sandbox's base URL as a browser reaches it, e.g. {@code http://localhost:18089} (known once
     *                 the server listens; until then the request's {@code Host} is used)
     */
    public BillWidgetApi(SandboxSettings settings, Supplier<URI> baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Billers billers = Billers.bundled();
        BillWidgets widgets = new BillWidgets();
        MerchantSignature signature = new MerchantSignature(settings.credentials().billWidget().merchantKey(),
                settings.billWidgetVariant());
        generate = new GenerateEndpoint(settings.credentials().billWidget().merchantId(), settings.billWidgetVariant(),
                signature, billers, widgets, baseUrl, settings.clock());
        check = new CheckTokenEndpoint(widgets, settings.clock(), settings.billWidgetVariant().checkTokenShape());
        page = new BillPageEndpoint(widgets, billers, settings.clock());
    }

    /** Adds the bill widget routes to {@code routes}. */
    public Router.Builder register(Router.Builder routes) {
        return routes
                .postJson(GenerateEndpoint.PATH, RefusalLog.logged("bill widget generate", generate))
                .get(CheckTokenEndpoint.PATH, check)
                .get(BillPageEndpoint.PATH, page);
    }
}

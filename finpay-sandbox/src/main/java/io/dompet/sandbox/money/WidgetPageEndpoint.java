package io.dompet.sandbox.money;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/**
 * {@code GET /apicobrand/widget/page?access=…}: the widget page of an opened widget ({@link WidgetPage}); an
 * absent or unknown access token → a 404 HTML page. No authentication: the access token is the key, as on Finpay.
 */
final class WidgetPageEndpoint implements Endpoint {

    static final String PATH = MoneyApi.BASE_PATH + "/widget/page";

    private final WidgetSessions sessions;

    WidgetPageEndpoint(WidgetSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Reply handle(Request request) {
        return request.queryParameter("access")
                .flatMap(sessions::find)
                .map(WidgetPage::of)
                .orElseGet(WidgetPage::notFound);
    }
}

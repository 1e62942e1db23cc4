package io.dompet.sandbox.billwidget;

import java.time.Clock;
import java.time.Instant;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /billwidget?token=…}: the {@link BillPage} of a valid widget (200); its expiry page once its
 * {@code timeout} has passed (410); a 404 page for an absent or unknown token. No authentication: the token is the
 * key, as on Finpay.
 */
final class BillPageEndpoint implements Endpoint {

    static final String PATH = "/billwidget";
    private static final Logger log = LoggerFactory.getLogger(BillPageEndpoint.class);

    private final BillWidgets widgets;
    private final Billers billers;
    private final Clock clock;

    BillPageEndpoint(BillWidgets widgets, Billers billers, Clock clock) {
        this.widgets = widgets;
        this.billers = billers;
        this.clock = clock;
    }

    @Override
    public Reply handle(Request request) {
        Instant now = clock.instant();
        Reply reply = request.queryParameter("token")
                .flatMap(widgets::find)
                .map(widget -> widget.isExpiredAt(now) ? BillPage.expired(widget)
                        : BillPage.of(widget, billers.all(), now))
                .orElseGet(BillPage::notFound);
        log.info("Finpay sandbox bill widget page -> HTTP {}", reply.status());
        return reply;
    }
}

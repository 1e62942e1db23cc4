package io.dompet.sandbox.billwidget;

import java.time.Clock;

import io.dompet.sandbox.config.BillWidgetVariant.CheckTokenShape;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/widget/check/{token}}: a widget's token that has not expired → {@code includeBill},
 * {@code productCodes}, {@code reqId}, {@code trxId}; an unknown token → 404 {@code 4040001 APP:NOT_FOUND}; an
 * expired one → 401 {@code 4010003 APP:EXPIRED "Token expired"} (401: the token is a Bearer token that no longer
 * authorises anything; the page answers 410). The answer's shape is the configured {@link CheckTokenShape}: Finpay's
 * table (an array and a boolean) or its sample (both as strings).
 */
final class CheckTokenEndpoint implements Endpoint {

    static final String PATH = "/v1/widget/check/{token}";
    private static final Logger log = LoggerFactory.getLogger(CheckTokenEndpoint.class);

    private final BillWidgets widgets;
    private final Clock clock;
    private final CheckTokenShape shape;

    CheckTokenEndpoint(BillWidgets widgets, Clock clock, CheckTokenShape shape) {
        this.widgets = widgets;
        this.clock = clock;
        this.shape = shape;
    }

    @Override
    public Reply handle(Request request) {
        Reply reply = widgets.find(request.pathParameter("token"))
                .map(this::check)
                .orElseGet(WidgetError.TOKEN_NOT_FOUND::reply);
        log.info("Finpay sandbox bill widget check -> HTTP {}", reply.status());
        return reply;
    }

    private Reply check(BillWidget widget) {
        if (widget.isExpiredAt(clock.instant())) {
            return WidgetError.TOKEN_EXPIRED.reply();
        }
        WidgetAnswer.Checked checked = new WidgetAnswer.Checked(widget.billInfo() != null, widget.productCodes(),
                widget.reqId(), widget.trxId());
        return WidgetAnswer.success(switch (shape) {
            case TABLE -> checked;
            case SAMPLE -> WidgetAnswer.CheckedAsSample.of(checked);
        });
    }
}

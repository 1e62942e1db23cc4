package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import io.dompet.adapter.finpay.transport.SwitchHint;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The switch a Finpay Money refusal may point at, read from Finpay's own {@code statusDesc} (Finpay documents no
 * codes for it): one that names the signature points at {@code signature-key-case}, one that names
 * {@code requestType} (on Widget Top Up) at {@code widget-request-type}. The words name the property, its value and
 * the other value to try ({@link SwitchHint}).
 */
final class TopUpWidgetSwitches {

    static final String SIGNATURE_KEY_CASE = "dompet.finpay.money.signature-key-case";
    static final String WIDGET_REQUEST_TYPE = "dompet.finpay.money.widget-request-type";
    /** The field table's spelling of Widget Top Up's {@code requestType}, the other one Finpay documents. */
    static final String TABLE_WIDGET_REQUEST_TYPE = "widgetTopup";

    private final HexCase signatureKeyCase;
    private final String widgetRequestType;

    TopUpWidgetSwitches(TopUpWidgetSettings settings) {
        this.signatureKeyCase = settings.signatureKeyCase();
        this.widgetRequestType = settings.widgetRequestType();
    }

    /** The hint for a refused Get Token or Widget Top Up, or {@code null} when its description names no switch. */
    @Nullable String hint(FinpayAnswer.Answered refused, TopUpWidgetEndpoint endpoint) {
        String statusDesc = JsonAnswers.string(refused.body(), "statusDesc");
        String description = statusDesc == null ? "" : statusDesc.toLowerCase(Locale.ROOT);
        if (description.contains("signature")) {
            return "if dompet.finpay.money.secret-key is right, Finpay may key the signature with the other hex case: "
                    + SwitchHint.of(SIGNATURE_KEY_CASE, signatureKeyCase);
        }
        if (endpoint == TopUpWidgetEndpoint.WIDGET_TOP_UP && description.contains("requesttype")) {
            return "Finpay may expect the other spelling: " + SwitchHint.of(WIDGET_REQUEST_TYPE, widgetRequestType,
                    widgetRequestType.equals(TopUpWidgetSettings.DEFAULT_WIDGET_REQUEST_TYPE)
                            ? TABLE_WIDGET_REQUEST_TYPE : TopUpWidgetSettings.DEFAULT_WIDGET_REQUEST_TYPE);
        }
        return null;
    }
}

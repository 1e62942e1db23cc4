package io.dompet.sandbox.config;

/**
 * The one spelling of the Finpay Money widget top-up's {@code requestType} the sandbox accepts (PROTOCOL.md §3.2: the
 * field table says {@code widgetTopup}, the sample and every SDK send {@code widgetTopUp}). dompet has the same switch
 * ({@code dompet.finpay.money.widget-request-type}); both default to {@link #WIDGET_TOP_UP}. The other spelling is
 * refused with {@code 002 Invalid Request: requestType}, as a Finpay that knows only one would.
 */
public enum WidgetRequestType {

    /** {@code widgetTopUp}, as Finpay's sample and SDKs send it. */
    WIDGET_TOP_UP("widgetTopUp"),
    /** {@code widgetTopup}, as Finpay's field table spells it. */
    WIDGET_TOPUP("widgetTopup");

    private final String value;

    WidgetRequestType(String value) {
        this.value = value;
    }

    /** The {@code requestType} value on the wire. */
    public String value() {
        return value;
    }
}

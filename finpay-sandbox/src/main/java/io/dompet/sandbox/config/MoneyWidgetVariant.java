package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * Which answer to the Finpay Money widget's open questions the sandbox plays (PROTOCOL.md §3, §5 Q3); each defaults
 * to dompet's default.
 *
 * @param signatureKeyCase the case of the signature's hex key text ({@link MoneySignatureKeyCase#UPPER})
 * @param requestType      the one widget top-up {@code requestType} spelling accepted ({@link WidgetRequestType#WIDGET_TOP_UP})
 */
public record MoneyWidgetVariant(MoneySignatureKeyCase signatureKeyCase, WidgetRequestType requestType) {

    public MoneyWidgetVariant {
        Objects.requireNonNull(signatureKeyCase, "signatureKeyCase");
        Objects.requireNonNull(requestType, "requestType");
    }

    public static MoneyWidgetVariant defaults() {
        return new MoneyWidgetVariant(MoneySignatureKeyCase.UPPER, WidgetRequestType.WIDGET_TOP_UP);
    }

    public MoneyWidgetVariant withSignatureKeyCase(MoneySignatureKeyCase signatureKeyCase) {
        return new MoneyWidgetVariant(signatureKeyCase, requestType);
    }

    public MoneyWidgetVariant withRequestType(WidgetRequestType requestType) {
        return new MoneyWidgetVariant(signatureKeyCase, requestType);
    }
}

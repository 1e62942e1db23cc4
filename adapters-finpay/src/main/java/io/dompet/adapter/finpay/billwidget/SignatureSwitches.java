package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.adapter.finpay.transport.SwitchHint;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the operator reads when Finpay refuses a Generate Widget as an invalid signature: the switches of the signature
 * (PROTOCOL.md §4.1, §5 question 4) with their current values and the others to try, one at a time; and when Finpay
 * refuses the format of a field a switch writes ({@code billInfo.amount}, the merchant-id field), that switch. Names
 * properties and values only, never the merchant key, the signature or the request's data.
 */
final class SignatureSwitches {

    private static final String PREFIX = "dompet.finpay.bill-widget.";
    private static final String AMOUNT_FIELD = "billInfo.amount";

    private SignatureSwitches() {
    }

    /** Whether Finpay's refusal is about the signature: an HTTP-401-class code, or a description that says so. */
    private static boolean isSignatureRefusal(String code, String description) {
        return code.startsWith("401") || description.toLowerCase(Locale.ROOT).contains("signature");
    }

    /**
     * The operator's hint for Finpay's refusal {@code code} with {@code description}: the signature's switches for a
     * signature refusal; the one switch that writes the field a format refusal names ({@code billInfo.amount} →
     * {@code bill-amount-format}, {@code merchantId} or {@code username} → {@code merchant-id-field}); otherwise
     * {@code null}, a refusal no switch explains.
     */
    static @Nullable String hint(BillWidgetSettings settings, String code, String description) {
        if (isSignatureRefusal(code, description)) {
            return "refused as an invalid signature (" + code + "); " + hint(settings);
        }
        if (description.contains(AMOUNT_FIELD)) {
            return refusedField(AMOUNT_FIELD, code)
                    + line("bill-amount-format", settings.billAmountFormat());
        }
        for (MerchantIdField field : MerchantIdField.values()) {
            if (description.contains(field.fieldName())) {
                return refusedField(field.fieldName(), code) + merchantIdField(settings.merchantIdField());
            }
        }
        return null;
    }

    private static String refusedField(String field, String code) {
        return "refused naming the field " + field + " (" + code + "); check ";
    }

    /** The switches to try, each as {@code name=current (try other, …)}, and the key to check. */
    private static String hint(BillWidgetSettings settings) {
        return "try one at a time: " + String.join(", ", List.of(
                line("signature-value-style", settings.signatureValueStyle()),
                line("signature-upper-case", settings.signatureUpperCase()),
                line("signature-case", settings.signatureCase()),
                merchantIdField(settings.merchantIdField()),
                line("bill-amount-format", settings.billAmountFormat())))
                + "; if none helps, check " + PREFIX + "merchant-key";
    }

    private static <E extends Enum<E>> String line(String property, E current) {
        return SwitchHint.of(PREFIX + property, current);
    }

    private static String merchantIdField(MerchantIdField current) {
        return PREFIX + "merchant-id-field=" + current.fieldName() + " (try " + Arrays.stream(MerchantIdField.values())
                .filter(value -> value != current).map(MerchantIdField::fieldName).collect(Collectors.joining(" or "))
                + ")";
    }

}

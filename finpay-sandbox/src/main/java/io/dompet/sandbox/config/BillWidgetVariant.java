package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * Which answer to the bill widget's open questions the sandbox plays (PROTOCOL.md §4, §5 Q4); each defaults to
 * dompet's default.
 *
 * @param signatureCase   the case of the {@code merchantSignature} hex digest ({@link BillWidgetSignatureCase#LOWER})
 * @param merchantIdField the one field Generate Widget takes the merchant id from ({@link MerchantIdField#MERCHANT_ID})
 * @param checkTokenShape how Check Token writes {@code productCodes} and {@code includeBill} ({@link CheckTokenShape#TABLE})
 */
public record BillWidgetVariant(BillWidgetSignatureCase signatureCase, MerchantIdField merchantIdField,
                                CheckTokenShape checkTokenShape) {

    public BillWidgetVariant {
        Objects.requireNonNull(signatureCase, "signatureCase");
        Objects.requireNonNull(merchantIdField, "merchantIdField");
        Objects.requireNonNull(checkTokenShape, "checkTokenShape");
    }

    public static BillWidgetVariant defaults() {
        return new BillWidgetVariant(BillWidgetSignatureCase.LOWER, MerchantIdField.MERCHANT_ID, CheckTokenShape.TABLE);
    }

    public BillWidgetVariant withSignatureCase(BillWidgetSignatureCase signatureCase) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape);
    }

    public BillWidgetVariant withMerchantIdField(MerchantIdField merchantIdField) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape);
    }

    public BillWidgetVariant withCheckTokenShape(CheckTokenShape checkTokenShape) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape);
    }

    /** How Check Token's {@code data} writes {@code productCodes} and {@code includeBill}. */
    public enum CheckTokenShape {
        /** As Finpay's field table: {@code "productCodes":["010001","080003"]}, {@code "includeBill":false}. */
        TABLE,
        /** As Finpay's sample: {@code "productCodes":"010001,080003"}, {@code "includeBill":"false"} (strings). */
        SAMPLE
    }
}

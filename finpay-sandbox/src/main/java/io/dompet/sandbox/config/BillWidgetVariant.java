package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * Which answer to the bill widget's open questions the sandbox plays (PROTOCOL.md §4, §5 Q4); each defaults to
 * dompet's default.
 *
 * @param signatureCase   the case of the {@code merchantSignature} hex digest ({@link BillWidgetSignatureCase#LOWER})
 * @param merchantIdField the one field Generate Widget takes the merchant id from ({@link MerchantIdField#MERCHANT_ID})
 * @param checkTokenShape how Check Token writes {@code productCodes} and {@code includeBill} ({@link CheckTokenShape#TABLE})
 * @param valueStyle      how {@code merchantSignature} stringifies non-string values ({@link ValueStyle#JSON})
 * @param upperCase       how {@code merchantSignature} upper-cases values ({@link UpperCase#ASCII}, as PHP 8)
 * @param billAmountFormat the one {@code billInfo.amount} format accepted ({@link BillAmountFormat#DECIMAL}); the
 *                        other is refused {@code 4000001 Invalid Field Format {billInfo.amount}}
 */
public record BillWidgetVariant(BillWidgetSignatureCase signatureCase, MerchantIdField merchantIdField,
                                CheckTokenShape checkTokenShape, ValueStyle valueStyle, UpperCase upperCase,
                                BillAmountFormat billAmountFormat) {

    public BillWidgetVariant {
        Objects.requireNonNull(signatureCase, "signatureCase");
        Objects.requireNonNull(merchantIdField, "merchantIdField");
        Objects.requireNonNull(checkTokenShape, "checkTokenShape");
        Objects.requireNonNull(valueStyle, "valueStyle");
        Objects.requireNonNull(upperCase, "upperCase");
        Objects.requireNonNull(billAmountFormat, "billAmountFormat");
    }

    public static BillWidgetVariant defaults() {
        return new BillWidgetVariant(BillWidgetSignatureCase.LOWER, MerchantIdField.MERCHANT_ID, CheckTokenShape.TABLE,
                ValueStyle.JSON, UpperCase.ASCII, BillAmountFormat.DECIMAL);
    }

    public BillWidgetVariant withSignatureCase(BillWidgetSignatureCase signatureCase) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape, valueStyle, upperCase,
                billAmountFormat);
    }

    public BillWidgetVariant withMerchantIdField(MerchantIdField merchantIdField) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape, valueStyle, upperCase,
                billAmountFormat);
    }

    public BillWidgetVariant withCheckTokenShape(CheckTokenShape checkTokenShape) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape, valueStyle, upperCase,
                billAmountFormat);
    }

    public BillWidgetVariant withValueStyle(ValueStyle valueStyle) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape, valueStyle, upperCase,
                billAmountFormat);
    }

    public BillWidgetVariant withUpperCase(UpperCase upperCase) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape, valueStyle, upperCase,
                billAmountFormat);
    }

    public BillWidgetVariant withBillAmountFormat(BillAmountFormat billAmountFormat) {
        return new BillWidgetVariant(signatureCase, merchantIdField, checkTokenShape, valueStyle, upperCase,
                billAmountFormat);
    }

    /** How {@code merchantSignature} writes a value that is not a JSON string (strings are signed as they decode). */
    public enum ValueStyle {
        /** Arrays and objects as their compact JSON text as received; booleans {@code true}/{@code false}. */
        JSON,
        /**
         * PHP's {@code json_encode} defaults for arrays and objects ({@code \/} and lower-case <code>&#92;uXXXX</code>
         * escapes); PHP's string conversion for booleans ({@code 1}, or the empty string for false).
         */
        PHP,
        /** Arrays of scalars comma-joined ({@code 080003,070001}); objects as {@link #JSON}; booleans {@code true}/{@code false}. */
        JOINED
    }

    /** How each signed value is upper-cased. */
    public enum UpperCase {
        /** Only {@code a}–{@code z}, as PHP 8's {@code strtoupper}. */
        ASCII,
        /** Every letter, as Java's {@code toUpperCase(Locale.ROOT)}. */
        UNICODE
    }

    /** The {@code billInfo.amount} format accepted. */
    public enum BillAmountFormat {
        /** Two decimals, {@code "15000.00"}. */
        DECIMAL,
        /** Whole rupiah, {@code "15000"}. */
        INTEGER
    }

    /** How Check Token's {@code data} writes {@code productCodes} and {@code includeBill}. */
    public enum CheckTokenShape {
        /** As Finpay's field table: {@code "productCodes":["010001","080003"]}, {@code "includeBill":false}. */
        TABLE,
        /** As Finpay's sample: {@code "productCodes":"010001,080003"}, {@code "includeBill":"false"} (strings). */
        SAMPLE
    }
}

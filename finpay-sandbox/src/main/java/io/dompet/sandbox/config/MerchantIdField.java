package io.dompet.sandbox.config;

/**
 * The one field of the bill widget's Generate Widget request that carries the merchant id (PROTOCOL.md §4: the table
 * says {@code merchantId}, the samples send {@code username}). dompet has the same switch
 * ({@code dompet.finpay.bill-widget.merchant-id-field}); both default to {@link #MERCHANT_ID}. The other field is
 * refused with {@code 4000001 Invalid Field Format {field}}; the expected one absent with {@code 4000002}.
 */
public enum MerchantIdField {

    /** {@code merchantId}, as Finpay's field table names it. */
    MERCHANT_ID("merchantId"),
    /** {@code username}, as Finpay's samples send it. */
    USERNAME("username");

    private final String field;

    MerchantIdField(String field) {
        this.field = field;
    }

    /** The JSON field name. */
    public String field() {
        return field;
    }

    /** The field that is not expected. */
    public MerchantIdField other() {
        return this == MERCHANT_ID ? USERNAME : MERCHANT_ID;
    }
}

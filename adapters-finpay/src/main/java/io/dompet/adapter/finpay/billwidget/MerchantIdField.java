package io.dompet.adapter.finpay.billwidget;


/**
 * The name of the field that carries the merchant id in Generate Widget (PROTOCOL.md §4): Finpay's field table says
 * {@code merchantId}, its samples send {@code username}. {@link #MERCHANT_ID} by default; a configuration switch
 * ({@code dompet.finpay.bill-widget.merchant-id-field}) until Finpay's staging environment settles it. The field is
 * signed under the name it is sent with, so the choice also changes where its value sorts in the signature.
 */
public enum MerchantIdField {

    MERCHANT_ID("merchantId"),
    USERNAME("username");

    private final String fieldName;

    MerchantIdField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The JSON field name: {@code merchantId} or {@code username}. */
    public String fieldName() {
        return fieldName;
    }
}

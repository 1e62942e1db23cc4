package io.dompet.sandbox.notify;

/**
 * The Notify Top Up body, in Finpay's field order.
 *
 * @param referenceNo     Finpay's unique transaction reference
 * @param phoneNo         the customer, {@code 628…}
 * @param transactionDate Jakarta ISO-8601 with offset, e.g. {@code 2024-04-17T12:03:38+07:00}
 * @param merchantId      the merchant's id at Finpay
 * @param amount          the amount topped up
 * @param transactionDesc {@code "Top up via <channel>"}
 * @param channel         the channel the customer paid through, e.g. {@code alfamart}
 */
record TopUpNotification(String referenceNo, String phoneNo, String transactionDate, String merchantId, Amount amount,
                         String transactionDesc, String channel) {

    /** {@code {"value":"50000.00","currency":"IDR"}}. */
    record Amount(String value, String currency) {

        static final String IDR = "IDR";
    }
}

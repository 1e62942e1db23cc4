package io.dompet.adapter.finpay.snap;

import org.jspecify.annotations.Nullable;

/**
 * Answer of the top-up status inquiry. {@code latestTransactionStatus}: {@code 00} success, {@code 01} initiated,
 * {@code 02} paying, {@code 03} pending, {@code 04} refunded, {@code 05} cancelled, {@code 06} failed, {@code 07} not found.
 */
record TopUpStatusResponse(@Nullable String responseCode, @Nullable String responseMessage,
                           @Nullable String originalPartnerReferenceNo, @Nullable String originalReferenceNo,
                           @Nullable String referenceNo, @Nullable String serviceCode,
                           @Nullable String latestTransactionStatus, @Nullable String transactionStatusDesc,
                           @Nullable Amount amount) {
}

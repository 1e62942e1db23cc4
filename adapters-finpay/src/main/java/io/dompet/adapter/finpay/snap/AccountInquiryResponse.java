package io.dompet.adapter.finpay.snap;

import org.jspecify.annotations.Nullable;

/** Answer of the account inquiry: Finpay's masked name, the fee and the limits for the customer. */
record AccountInquiryResponse(@Nullable String responseCode, @Nullable String responseMessage,
                              @Nullable String referenceNo, @Nullable String partnerReferenceNo,
                              @Nullable String customerNumber, @Nullable String customerName,
                              @Nullable Amount minAmount, @Nullable Amount maxAmount, @Nullable Amount amount,
                              @Nullable Amount feeAmount, @Nullable String feeType) {
}

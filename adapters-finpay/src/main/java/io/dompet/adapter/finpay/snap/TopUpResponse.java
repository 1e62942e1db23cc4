package io.dompet.adapter.finpay.snap;

import org.jspecify.annotations.Nullable;

/** Answer of the customer top-up; {@code referenceNo} is Finpay's identifier of the top-up. */
record TopUpResponse(@Nullable String responseCode, @Nullable String responseMessage, @Nullable String referenceNo,
                     @Nullable String partnerReferenceNo, @Nullable String customerNumber,
                     @Nullable String customerName, @Nullable Amount amount) {
}

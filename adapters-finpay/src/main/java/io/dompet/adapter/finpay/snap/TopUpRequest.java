package io.dompet.adapter.finpay.snap;

/** Body of {@code POST /v1.0/emoney/topup} (service 38). Holds the full number: never log it. */
record TopUpRequest(String partnerReferenceNo, String customerNumber, String customerName, Amount amount,
                    Amount feeAmount, String transactionDate) {
}

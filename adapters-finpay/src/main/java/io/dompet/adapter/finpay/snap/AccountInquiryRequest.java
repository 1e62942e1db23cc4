package io.dompet.adapter.finpay.snap;

/** Body of {@code POST /v1.0/emoney/account-inquiry} (service 37). Holds the full number: never log it. */
record AccountInquiryRequest(String partnerReferenceNo, String customerNumber, Amount amount, String transactionDate) {
}

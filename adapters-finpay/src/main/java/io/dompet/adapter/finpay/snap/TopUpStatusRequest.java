package io.dompet.adapter.finpay.snap;

/**
 * Body of {@code POST /v1.0/emoney/topup-status} (service 39); {@code originalReferenceNo} is {@code ""} when Finpay's
 * reference is not known (e.g. after a timeout), and {@code serviceCode} names the top-up service, {@code "38"}.
 */
record TopUpStatusRequest(String originalPartnerReferenceNo, String originalReferenceNo, String serviceCode) {

    static final String TOP_UP_SERVICE = "38";
}

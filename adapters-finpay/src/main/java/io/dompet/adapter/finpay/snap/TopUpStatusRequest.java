package io.dompet.adapter.finpay.snap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /v1.0/emoney/topup-status} (service 39); {@code originalReferenceNo} is Finpay's reference when
 * known, else left out ({@code null}) or {@code ""} as {@link OriginalReferenceNo} says; {@code serviceCode} names the
 * top-up service, {@code "38"}.
 */
record TopUpStatusRequest(String originalPartnerReferenceNo,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String originalReferenceNo,
                          String serviceCode) {

    static final String TOP_UP_SERVICE = "38";
}

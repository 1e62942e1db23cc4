package io.dompet.adapter.finpay.snap;

import feign.HeaderMap;
import feign.Headers;
import feign.RequestLine;
import feign.Response;
import java.util.Map;

/**
 * Finpay's SNAP e-money APIs. {@link SnapSigningInterceptor} adds {@code X-SIGNATURE} over the exact body bytes;
 * the other headers come in {@code headers}. Answers come back raw (any status); the caller closes them.
 */
interface SnapEmoneyClient {

    String ACCOUNT_INQUIRY_PATH = "/v1.0/emoney/account-inquiry";
    String TOP_UP_PATH = "/v1.0/emoney/topup";
    String TOP_UP_STATUS_PATH = "/v1.0/emoney/topup-status";

    @RequestLine("POST " + ACCOUNT_INQUIRY_PATH)
    @Headers("Content-Type: application/json")
    Response accountInquiry(@HeaderMap Map<String, String> headers, AccountInquiryRequest body);

    @RequestLine("POST " + TOP_UP_PATH)
    @Headers("Content-Type: application/json")
    Response topUp(@HeaderMap Map<String, String> headers, TopUpRequest body);

    @RequestLine("POST " + TOP_UP_STATUS_PATH)
    @Headers("Content-Type: application/json")
    Response topUpStatus(@HeaderMap Map<String, String> headers, TopUpStatusRequest body);
}

package io.dompet.adapter.finpay.snap;

import feign.HeaderMap;
import feign.Headers;
import feign.RequestLine;
import feign.Response;
import java.util.Map;

/**
 * Finpay's B2B access-token API, a client of its own because {@link SnapSigningInterceptor} signs only the
 * transactional calls. Answers come back raw (any status) for
 * {@link io.dompet.adapter.finpay.transport.FinpayHttp#exchange} to read.
 */
interface SnapTokenClient {

    String PATH = "/v1.0/access-token/b2b";

    /** Headers: {@code X-TIMESTAMP}, {@code X-CLIENT-KEY}, {@code X-SIGNATURE} (SHA256withRSA). */
    @RequestLine("POST " + PATH)
    @Headers("Content-Type: application/json")
    Response accessToken(@HeaderMap Map<String, String> headers, AccessTokenRequest body);
}

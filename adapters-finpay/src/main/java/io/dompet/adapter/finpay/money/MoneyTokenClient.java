package io.dompet.adapter.finpay.money;

import feign.Headers;
import feign.RequestLine;
import feign.Response;

/**
 * Finpay Money's Get Token API; {@code Authorization: Basic} is added by an interceptor. Answers come back raw (any
 * status) so that {@link MoneyAnswers} can map them; the caller closes the {@link Response}.
 */
interface MoneyTokenClient {

    String PATH = "/security/getToken";

    @RequestLine("POST " + PATH)
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Response getToken(GetTokenRequest body);
}

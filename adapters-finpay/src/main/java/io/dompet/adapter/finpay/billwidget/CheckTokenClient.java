package io.dompet.adapter.finpay.billwidget;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * Finpay's Check Token API. The token arrives already percent-encoded as one path segment; answers come back raw
 * (any status); the caller closes the {@link Response}. The URL holds the token: never log it.
 */
interface CheckTokenClient {

    String PATH = "/v1/widget/check/";

    /** {@code decodeSlash = false}: Feign would otherwise turn a token's {@code %2F} back into {@code /}, another path. */
    @RequestLine(value = "GET " + PATH + "{token}", decodeSlash = false)
    @Headers("Accept: application/json")
    Response check(@Param(value = "token", encoded = true) String encodedToken);
}

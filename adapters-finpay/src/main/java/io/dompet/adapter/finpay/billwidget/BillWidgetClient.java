package io.dompet.adapter.finpay.billwidget;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * Finpay's bill-payment widget API: Generate Widget and Check Token. Answers come back raw (any status) for
 * {@link io.dompet.adapter.finpay.transport.FinpayHttp#exchange} to read.
 */
interface BillWidgetClient {

    /** The body goes as the exact bytes that were signed. */
    @RequestLine("POST /v1/widget/generate")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Response generate(byte[] body);

    /**
     * The token arrives already percent-encoded as one path segment; the URL holds it: never log it.
     * {@code decodeSlash = false}: Feign would otherwise turn a token's {@code %2F} back into {@code /}, another path.
     */
    @RequestLine(value = "GET /v1/widget/check/{token}", decodeSlash = false)
    @Headers("Accept: application/json")
    Response check(@Param(value = "token", encoded = true) String encodedToken);
}

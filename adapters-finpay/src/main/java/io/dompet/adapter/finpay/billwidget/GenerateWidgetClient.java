package io.dompet.adapter.finpay.billwidget;

import feign.Headers;
import feign.RequestLine;
import feign.Response;

/**
 * Finpay's Generate Widget API. The body goes as the exact bytes that were signed; answers come back raw (any
 * status) so that {@link WidgetAnswers} can map them; the caller closes the {@link Response}.
 */
interface GenerateWidgetClient {

    String PATH = "/v1/widget/generate";

    @RequestLine("POST " + PATH)
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Response generate(byte[] body);
}

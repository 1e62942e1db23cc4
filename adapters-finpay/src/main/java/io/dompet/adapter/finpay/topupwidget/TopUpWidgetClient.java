package io.dompet.adapter.finpay.topupwidget;

import feign.Headers;
import feign.RequestLine;
import feign.Response;

/**
 * Finpay Money's co-brand API: Get Token and Widget Top Up; {@code Authorization: Basic} is added by an interceptor.
 * Answers come back raw (any status) for {@link io.dompet.adapter.finpay.transport.FinpayHttp#exchange} to read.
 */
interface TopUpWidgetClient {

    @RequestLine("POST /security/getToken")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Response getToken(GetTokenRequest body);

    @RequestLine("POST /widget/topup")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Response widgetTopUp(WidgetTopUpRequest body);
}

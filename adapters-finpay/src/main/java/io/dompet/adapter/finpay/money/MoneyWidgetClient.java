package io.dompet.adapter.finpay.money;

import feign.Headers;
import feign.RequestLine;
import feign.Response;

/**
 * Finpay Money's Widget Top Up API; {@code Authorization: Basic} is added by an interceptor. Answers come back raw
 * (any status); the caller closes them.
 */
interface MoneyWidgetClient {

    String PATH = "/widget/topup";

    @RequestLine("POST " + PATH)
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Response widgetTopUp(WidgetTopUpRequest body);
}

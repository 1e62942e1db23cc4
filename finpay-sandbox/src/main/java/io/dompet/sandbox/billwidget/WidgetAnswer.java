package io.dompet.sandbox.billwidget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dompet.sandbox.http.Reply;

/**
 * Finpay's nested answer: {@code {"data":{…},"pagination":[],"stat_code":"APP:SUCCESS","stat_msg":"Success"}}.
 */
final class WidgetAnswer {

    static final String SUCCESS_CODE = "2000000";

    private WidgetAnswer() {
    }

    /** A 200 {@code APP:SUCCESS} answer around {@code data}. */
    static Reply success(Object data) {
        return reply(200, data, "APP:SUCCESS", "Success");
    }

    static Reply reply(int status, Object data, String statCode, String statMessage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("pagination", List.of());
        body.put("stat_code", statCode);
        body.put("stat_msg", statMessage);
        return Reply.json(status, body);
    }

    /** The {@code data} of a refusal. */
    record Outcome(String responseCode, String responseDesc) {
    }

    /** The {@code data} of a generated widget. */
    record Generated(String responseCode, String responseDesc, String redirectURL) {
    }

    /** The {@code data} of a valid token's check, as Finpay's field table writes it ({@code CheckTokenShape.TABLE}). */
    record Checked(boolean includeBill, List<String> productCodes, String reqId, String trxId) {
    }

    /**
     * The {@code data} of a valid token's check as Finpay's sample writes it ({@code CheckTokenShape.SAMPLE}):
     * {@code "includeBill":"false"}, {@code "productCodes":"010001,080003"}.
     */
    record CheckedAsSample(String includeBill, String productCodes, String reqId, String trxId) {

        static CheckedAsSample of(Checked checked) {
            return new CheckedAsSample(String.valueOf(checked.includeBill()), String.join(",", checked.productCodes()),
                    checked.reqId(), checked.trxId());
        }
    }
}

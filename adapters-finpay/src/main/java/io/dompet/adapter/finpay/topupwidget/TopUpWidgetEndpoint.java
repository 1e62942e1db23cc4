package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayEndpoint;
import tools.jackson.databind.JsonNode;

/**
 * Finpay Money's endpoints: every answer states its result as a string {@code statusCode} ({@value #SUCCESS} for
 * success) with a {@code statusDesc}; JSON without a short printable {@code statusCode} is no usable answer.
 */
enum TopUpWidgetEndpoint implements FinpayEndpoint {

    GET_TOKEN("getToken", "getToken"),
    WIDGET_TOP_UP("widget/topup", "widget");

    /** {@code statusCode} of success. */
    static final String SUCCESS = "000";
    private static final int MAX_STATUS_CODE = 20;

    private final String label;
    private final String operation;

    TopUpWidgetEndpoint(String name, String operation) {
        this.label = "Finpay Money " + name;
        this.operation = operation;
    }

    @Override
    public String operation() {
        return operation;
    }

    @Override
    public boolean accepted(FinpayAnswer.Answered answered) {
        return SUCCESS.equals(answered.code());
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public FinpayAnswer read(int httpStatus, JsonNode json) {
        JsonNode code = json.get("statusCode");
        if (code == null || !code.isString() || code.stringValue().isBlank()) {
            return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " with JSON without a statusCode");
        }
        String statusCode = code.stringValue().strip();
        if (statusCode.length() > MAX_STATUS_CODE || !statusCode.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " with a statusCode that is not a short code");
        }
        JsonNode desc = json.get("statusDesc");
        return new FinpayAnswer.Answered(httpStatus, statusCode, desc != null && desc.isString() ? desc.stringValue()
                : "", json);
    }

    @Override
    public String logged(FinpayAnswer.Answered answered) {
        return "statusCode " + answered.code();
    }

    static boolean isSuccess(FinpayAnswer.Answered answered) {
        return SUCCESS.equals(answered.code());
    }
}

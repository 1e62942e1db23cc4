package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayEndpoint;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The SNAP endpoints dompet calls, with their service codes. Every SNAP answer states its result as a 7-digit
 * {@code responseCode} (HTTP status, service code, case code) with a {@code responseMessage}; JSON without one, or
 * with one the HTTP status contradicts, is no usable answer.
 */
enum SnapEndpoint implements FinpayEndpoint {

    ACCESS_TOKEN("access-token", "73", "token"),
    ACCOUNT_INQUIRY("account-inquiry", "37", "inquiry"),
    TOP_UP("topup", "38", "top-up"),
    TOP_UP_STATUS("topup-status", "39", "status");

    private static final Pattern RESPONSE_CODE = Pattern.compile("\\d{7}");

    /** The endpoint's name in log lines, e.g. {@code topup}. */
    final String shortName;
    final String serviceCode;
    private final String operation;

    SnapEndpoint(String shortName, String serviceCode, String operation) {
        this.shortName = shortName;
        this.serviceCode = serviceCode;
        this.operation = operation;
    }

    @Override
    public String operation() {
        return operation;
    }

    @Override
    public boolean accepted(FinpayAnswer.Answered answered) {
        return succeeded(answered);
    }

    @Override
    public String label() {
        return "Finpay SNAP " + shortName;
    }

    @Override
    public FinpayAnswer read(int httpStatus, JsonNode json) {
        JsonNode code = json.get("responseCode");
        if (code == null || !code.isString()) {
            return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " with JSON without a responseCode");
        }
        String responseCode = code.stringValue();
        if (!RESPONSE_CODE.matcher(responseCode).matches()) {
            return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " with a responseCode that is not 7 digits");
        }
        if (!responseCode.startsWith(Integer.toString(httpStatus))) {
            return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " disagrees with responseCode " + responseCode);
        }
        JsonNode message = json.get("responseMessage");
        return new FinpayAnswer.Answered(httpStatus, responseCode,
                message != null && message.isString() ? message.stringValue() : "", json);
    }

    /** Whether {@code answered} is this endpoint's success, {@code 200xx00}. */
    boolean succeeded(FinpayAnswer.Answered answered) {
        return answered.code().equals("200" + serviceCode + "00");
    }
}

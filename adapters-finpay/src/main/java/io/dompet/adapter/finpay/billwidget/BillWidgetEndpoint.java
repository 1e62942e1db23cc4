package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayEndpoint;
import io.dompet.adapter.finpay.transport.JsonAnswers;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The bill widget's endpoints and how their answers state a result: Generate Widget by {@code data.responseCode}
 * (with {@code data.responseDesc}, else {@code stat_msg}), or, without one, by {@code stat_code} (with
 * {@code stat_msg}, else {@code data.responseDesc}); Check Token by {@code stat_code} and {@code stat_msg}. JSON
 * without such a code is no usable answer.
 */
enum BillWidgetEndpoint implements FinpayEndpoint {

    GENERATE("generate") {
        @Override
        public FinpayAnswer read(int httpStatus, JsonNode json) {
            GenerateWidgetResponse fields = GenerateWidgetResponse.from(json);
            if (fields.responseCode() != null) {
                return new FinpayAnswer.Answered(httpStatus, fields.responseCode(),
                        firstNonBlank(fields.responseDesc(), fields.statMsg()), json);
            }
            if (fields.statCode() != null) {
                return new FinpayAnswer.Answered(httpStatus, fields.statCode(),
                        firstNonBlank(fields.statMsg(), fields.responseDesc()), json);
            }
            return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " with JSON without data.responseCode or stat_code");
        }

        @Override
        public String logged(FinpayAnswer.Answered answered) {
            GenerateWidgetResponse fields = GenerateWidgetResponse.from(answered.body());
            return "responseCode " + fields.responseCode() + " stat_code " + fields.statCode();
        }
    },

    CHECK_TOKEN("check") {
        @Override
        public FinpayAnswer read(int httpStatus, JsonNode json) {
            String stat = JsonAnswers.code(json, "stat_code");
            if (stat == null) {
                return new FinpayAnswer.NoAnswer("HTTP " + httpStatus + " with JSON without a stat_code");
            }
            String message = JsonAnswers.string(json, "stat_msg");
            return new FinpayAnswer.Answered(httpStatus, stat, message == null ? "" : message, json);
        }

        @Override
        public String logged(FinpayAnswer.Answered answered) {
            CheckTokenResponse fields = CheckTokenResponse.from(answered.body());
            List<String> codes = fields.productCodes();
            return "stat_code " + fields.statCode() + ", trxId " + fields.trxId() + ", "
                    + (codes == null ? "no" : codes.size()) + " product codes";
        }
    };

    private final String label;
    private final String operation;

    BillWidgetEndpoint(String name) {
        this.label = "Finpay bill widget " + name;
        this.operation = name;
    }

    @Override
    public String operation() {
        return operation;
    }

    /** {@code responseCode} {@code 2000000} or {@code stat_code} {@code APP:SUCCESS}, whichever the answer carries. */
    @Override
    public boolean accepted(FinpayAnswer.Answered answered) {
        return GenerateWidgetResponse.SUCCESS.equals(answered.code())
                || GenerateWidgetResponse.APP_SUCCESS.equals(answered.code());
    }

    @Override
    public String label() {
        return label;
    }

    private static String firstNonBlank(@Nullable String first, @Nullable String second) {
        String text = first != null && !first.isBlank() ? first : second;
        return text == null ? "" : text;
    }
}

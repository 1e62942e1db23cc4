package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.transport.JsonAnswers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answer of {@code POST /v1/widget/generate} ("Generate Response"):
 * {@code {"data":{"responseCode","responseDesc","redirectURL"},"pagination":[],"stat_code","stat_msg"}}. Read field by
 * field: a value of the wrong type counts as absent. The redirect URL holds the token: never shown.
 */
record GenerateWidgetResponse(@Nullable String responseCode, @Nullable String responseDesc,
                              @Nullable String redirectURL, @Nullable String statCode, @Nullable String statMsg) {

    static final String SUCCESS = "2000000";
    static final String APP_SUCCESS = "APP:SUCCESS";

    static GenerateWidgetResponse from(JsonNode body) {
        JsonNode data = body.get("data");
        return new GenerateWidgetResponse(JsonAnswers.code(data, "responseCode"),
                JsonAnswers.string(data, "responseDesc"), JsonAnswers.string(data, "redirectURL"),
                JsonAnswers.code(body, "stat_code"), JsonAnswers.string(body, "stat_msg"));
    }

    @Override
    public String toString() {
        return "GenerateWidgetResponse[responseCode=" + responseCode + ", redirectURL=(redacted), stat_code="
                + statCode + "]";
    }
}

package io.dompet.sandbox.billwidget;

import static io.dompet.sandbox.billwidget.BillWidgetTestClient.error;
import static io.dompet.sandbox.billwidget.BillWidgetTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.BillWidgetVariant.CheckTokenShape;
import io.dompet.sandbox.config.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /v1/widget/check/{token}}: valid, unknown and expired tokens. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckTokenTest {

    private final MutableClock clock = MutableClock.startingNow();
    private FinpaySandbox sandbox;
    private BillWidgetTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withClock(clock));
        client = new BillWidgetTestClient(sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aValidTokenWithABillAnswersItsProductCodesReqIdAndTrxId() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        String token = client.token(fields);

        HttpResponse<String> answer = client.check(token);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = json(answer);
        JsonNode data = body.get("data");
        assertThat(data.get("includeBill").booleanValue()).isTrue();
        assertThat(data.get("productCodes").toString()).isEqualTo("[\"080003\",\"070001\"]");
        assertThat(data.get("reqId").asString()).matches("\\d{20}");
        assertThat(data.get("trxId").asString()).isEqualTo(fields.get("trxId"));
        assertThat(body.get("pagination").toString()).isEqualTo("[]");
        assertThat(body.get("stat_code").asString()).isEqualTo("APP:SUCCESS");
        assertThat(body.get("stat_msg").asString()).isEqualTo("Success");
        assertThat(answer.body()).startsWith("{\"data\":{\"includeBill\":true,\"productCodes\":[");
    }

    @Test
    void aTokenGeneratedWithoutABillDoesNotIncludeOne() throws Exception {
        String token = client.token(BillWidgetTestClient.fieldsWithoutBill(clock.instant()));

        assertThat(json(client.check(token)).get("data").get("includeBill").booleanValue()).isFalse();
    }

    @Test
    void setToFinpaysSampleShapeProductCodesAreOneCommaJoinedStringAndIncludeBillAString() throws Exception {
        try (FinpaySandbox sample = FinpaySandbox.start(SandboxSettings.defaults().withClock(clock)
                .withBillWidgetVariant(BillWidgetVariant.defaults().withCheckTokenShape(CheckTokenShape.SAMPLE)))) {
            BillWidgetTestClient sampleClient = new BillWidgetTestClient(sample.baseUrl());
            Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());

            JsonNode withBill = json(sampleClient.check(sampleClient.token(fields))).get("data");
            JsonNode withoutBill = json(sampleClient.check(sampleClient.token(
                    BillWidgetTestClient.fieldsWithoutBill(clock.instant())))).get("data");

            assertThat(withBill.get("productCodes").isString()).isTrue();
            assertThat(withBill.get("productCodes").asString()).isEqualTo("080003,070001");
            assertThat(withBill.get("includeBill").isString()).isTrue();
            assertThat(withBill.get("includeBill").asString()).isEqualTo("true");
            assertThat(withoutBill.get("includeBill").asString()).isEqualTo("false");
            assertThat(withBill.get("trxId").asString()).isEqualTo(fields.get("trxId"));
        }
    }

    @Test
    void byDefaultTheTableShapeIsAnArrayAndABoolean() throws Exception {
        JsonNode data = json(client.check(client.token(BillWidgetTestClient.fieldsWithoutBill(clock.instant()))))
                .get("data");

        assertThat(data.get("productCodes").isArray()).isTrue();
        assertThat(data.get("includeBill").isBoolean()).isTrue();
    }

    @Test
    void anUnknownTokenIsNotFound() throws Exception {
        HttpResponse<String> answer = client.check("0".repeat(64));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo(error("4040001", "APP:NOT_FOUND", "Token not found"));
    }

    @Test
    void aTokenIsStillValidOneSecondBeforeItsTimeout() throws Exception {
        String token = client.token(BillWidgetTestClient.fields(clock.instant()));

        clock.advance(Duration.ofSeconds(29));

        assertThat(client.check(token).statusCode()).isEqualTo(200);
    }

    @Test
    void onceItsTimeoutHasPassedATokenIsExpiredWithHttp401() throws Exception {
        String token = client.token(BillWidgetTestClient.fields(clock.instant()));

        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> answer = client.check(token);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(error("4010003", "APP:EXPIRED", "Token expired"));
    }
}

package io.dompet.adapter.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class OpenApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theApiDescriptionIsServedWithoutAnApiKey() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/wallets/{customerNumber}'].get").isNotNull();
        assertThat(result).bodyJson().doesNotHavePath("$.paths['/error']");
    }

    @Test
    void theApiDescriptionDeclaresTheApiKeyHeaderScheme() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.ApiKey.type").isEqualTo("apiKey");
        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.ApiKey.in").isEqualTo("header");
        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.ApiKey.name").isEqualTo("X-API-Key");
    }

    @Test
    void operationsUnderTheApiRequireTheApiKey() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson()
                .extractingPath("$.paths['/api/v1/wallets/{customerNumber}'].get.security[0].ApiKey").isNotNull();
    }

    @Test
    void theSwaggerUiIsReachableWithoutAnApiKey() {
        MvcTestResult page = mvc.get().uri("/swagger-ui.html").exchange();
        MvcTestResult config = mvc.get().uri("/v3/api-docs/swagger-config").exchange();

        assertThat(page).hasStatus3xxRedirection();
        assertThat(page.getResponse().getRedirectedUrl()).contains("/swagger-ui/index.html");
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
        assertThat(config).hasStatusOk();
    }

    @Test
    void theTopUpEndpointsAreDescribedWithASummaryAndRequireTheApiKey() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        for (String operation : java.util.List.of(
                "$.paths['/api/v1/top-up-inquiries'].post",
                "$.paths['/api/v1/top-ups'].post",
                "$.paths['/api/v1/top-ups/{id}'].get")) {
            assertThat(result).bodyJson().extractingPath(operation + ".summary").asString().isNotBlank();
            assertThat(result).bodyJson().extractingPath(operation + ".security[0].ApiKey").isNotNull();
        }
    }

    @Test
    void aTopUpRequiresTheIdempotencyKeyHeaderOf1To64Characters() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        String header = "$.paths['/api/v1/top-ups'].post.parameters[?(@.name == 'Idempotency-Key')]";
        assertThat(result).bodyJson().extractingPath(header + ".in").isEqualTo(java.util.List.of("header"));
        assertThat(result).bodyJson().extractingPath(header + ".required").isEqualTo(java.util.List.of(true));
        assertThat(result).bodyJson().extractingPath(header + ".schema.maxLength").isEqualTo(java.util.List.of(64));
    }

    @Test
    void everyAnswerOfATopUpIsDescribed() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/top-ups'].post.responses").asMap()
                .containsKeys("200", "201", "202", "400", "409", "422");
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/top-up-inquiries'].post.responses").asMap()
                .containsKeys("200", "400", "422", "503");
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/top-ups/{id}'].get.responses").asMap()
                .containsKeys("200", "400", "404");
    }

    @Test
    void amountsAndCustomerNumbersAreDescribedAsStrings() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        for (String schema : java.util.List.of("TopUpRequest", "TopUpInquiryRequest")) {
            assertThat(result).bodyJson().extractingPath("$.components.schemas." + schema + ".properties.amount.type").isEqualTo("string");
            assertThat(result).bodyJson().extractingPath("$.components.schemas." + schema + ".properties.customerNumber.type").isEqualTo("string");
            assertThat(result).bodyJson().extractingPath("$.components.schemas." + schema + ".required").asArray()
                    .contains("amount", "customerNumber");
        }
        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpResponse.properties.amount.type").isEqualTo("string");
    }

    @Test
    void theFinpayCallbackIsDescribedWithoutTheApiKeyAndWithItsAnswers() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        String operation = "$.paths['/callbacks/finpay/top-up'].post";
        assertThat(result).bodyJson().extractingPath(operation + ".summary").asString().isNotBlank();
        assertThat(result).bodyJson().doesNotHavePath(operation + ".security");
        assertThat(result).bodyJson().extractingPath(operation + ".responses").asMap()
                .containsKeys("200", "400", "401", "409", "413", "500");
        assertThat(result).bodyJson().extractingPath(operation + ".responses.200.content['application/json'].schema.$ref")
                .isEqualTo("#/components/schemas/FinpayCallbackAnswer");
    }

    @Test
    void everyResourceIsDescribedWithItsRequiredLivemodeAndATopUpWithItsNullableClient() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        for (String schema : java.util.List.of("TopUpResponse", "TopUpInquiryResponse", "WalletResponse",
                "TopUpWidgetResponse", "BillWidgetResponse", "IssuedBillWidgetResponse", "BillerResponse")) {
            assertThat(result).bodyJson().extractingPath("$.components.schemas." + schema + ".properties.livemode.type")
                    .isEqualTo("boolean");
            assertThat(result).bodyJson().extractingPath("$.components.schemas." + schema + ".required").asArray()
                    .contains("livemode");
        }
        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpResponse.properties.client.type").asArray()
                .containsExactlyInAnyOrder("string", "null");
    }

    @Test
    void aTopUpDescribesTheReplayHeaderAndTheRequestInProgressAnswer() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson()
                .extractingPath("$.paths./api/v1/top-ups.post.responses.200.headers.Idempotent-Replayed").isNotNull();
        assertThat(result).bodyJson()
                .extractingPath("$.paths./api/v1/top-ups.post.responses.409.description").asString()
                .contains("request-in-progress");
    }

    @Test
    void topUpsAreDescribedWithTheirNullableChannel() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpResponse.properties.channel.type").asArray()
                .containsExactlyInAnyOrder("string", "null");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpResponse.required").asArray().contains("channel");
    }

    @Test
    void theTopUpWidgetEndpointsAreDescribedWithTheirAnswersAndRequireTheApiKey() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        for (String operation : java.util.List.of(
                "$.paths['/api/v1/top-up-widgets'].post",
                "$.paths['/api/v1/top-up-widgets/{id}'].get")) {
            assertThat(result).bodyJson().extractingPath(operation + ".summary").asString().isNotBlank();
            assertThat(result).bodyJson().extractingPath(operation + ".security[0].ApiKey").isNotNull();
        }
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/top-up-widgets'].post.responses").asMap()
                .containsKeys("201", "400", "502", "503");
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/top-up-widgets/{id}'].get.responses").asMap()
                .containsKeys("200", "400", "404");
    }

    @Test
    void aWidgetRequestIsDescribedWithItsPhoneNumberAsARequiredString() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpWidgetRequest.properties.phoneNumber.type")
                .isEqualTo("string");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpWidgetRequest.required").asArray()
                .contains("phoneNumber");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.TopUpWidgetResponse.required").asArray()
                .contains("id", "transNumber", "phoneNumber", "widgetUrl", "status", "issuedAt", "topUp");
    }

    @Test
    void theBillWidgetEndpointsAreDescribedWithTheirAnswersAndRequireTheApiKey() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        for (String operation : java.util.List.of(
                "$.paths['/api/v1/bill-widgets'].post",
                "$.paths['/api/v1/bill-widgets/{id}'].get",
                "$.paths['/api/v1/billers'].get")) {
            assertThat(result).bodyJson().extractingPath(operation + ".summary").asString().isNotBlank();
            assertThat(result).bodyJson().extractingPath(operation + ".security[0].ApiKey").isNotNull();
        }
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/bill-widgets'].post.responses").asMap()
                .containsKeys("201", "400", "422", "502", "503");
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/bill-widgets/{id}'].get.responses").asMap()
                .containsKeys("200", "400", "404");
        assertThat(result).bodyJson()
                .extractingPath("$.paths['/api/v1/bill-widgets/{id}'].get.parameters[?(@.name == 'check')].in")
                .isEqualTo(java.util.List.of("query"));
    }

    @Test
    void aBillWidgetRequestIsDescribedWithItsRequiredProductCodesAndItsAmountAsAString() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillWidgetRequest.required").asArray()
                .containsExactly("productCodes");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillWidgetRequest.properties.productCodes.items.pattern")
                .isEqualTo("^[0-9]{6}$");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillWidgetRequest.properties.notify").isNotNull();
        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillInfoRequest.properties.amount.type").asArray()
                .containsExactlyInAnyOrder("string", "null");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillWidgetRequest.properties.timeoutSeconds.type")
                .asArray().containsExactlyInAnyOrder("integer", "null");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillInfoRequest.required").asArray()
                .containsExactly("billNumber");
        assertThat(result).bodyJson().extractingPath("$.components.schemas.BillWidgetResponse.required").asArray()
                .contains("id", "trxId", "productCodes", "redirectUrl", "expiresAt", "status", "finpayCheck");
    }
}

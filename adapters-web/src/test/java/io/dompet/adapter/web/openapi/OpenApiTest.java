package io.dompet.adapter.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.domain.event.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    @Test
    void everyOperationHasAnOperationIdATagAndADescription() throws Exception {
        JsonNode paths = apiDocs().path("paths");

        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (path.getKey().startsWith("/api/test/")) { // the test fixture ProbeController
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                operations.add(name);
                assertThat(operation.getValue().path("operationId").asString()).as(name).matches("[a-z][A-Za-z]+");
                assertThat(operation.getValue().path("tags").size()).as(name).isEqualTo(1);
                assertThat(operation.getValue().path("description").asString()).as(name).isNotBlank();
            }
        }
        assertThat(operations).contains("get /api/v1/wallets/{customerNumber}", "post /api/v1/top-ups");
    }

    @Test
    void theOperationIdsNameWhatEachOperationDoes() throws Exception {
        JsonNode paths = apiDocs().path("paths");

        assertThat(List.of(
                paths.at("/~1api~1v1~1top-up-inquiries/post/operationId").asString(),
                paths.at("/~1api~1v1~1top-ups/post/operationId").asString(),
                paths.at("/~1api~1v1~1top-ups~1{id}/get/operationId").asString(),
                paths.at("/~1api~1v1~1top-up-widgets/post/operationId").asString(),
                paths.at("/~1api~1v1~1top-up-widgets~1{id}/get/operationId").asString(),
                paths.at("/~1api~1v1~1bill-widgets/post/operationId").asString(),
                paths.at("/~1api~1v1~1bill-widgets~1{id}/get/operationId").asString(),
                paths.at("/~1api~1v1~1billers/get/operationId").asString(),
                paths.at("/~1api~1v1~1wallets~1{customerNumber}/get/operationId").asString(),
                paths.at("/~1callbacks~1finpay~1top-up/post/operationId").asString()))
                .containsExactly("inquireTopUp", "createTopUp", "getTopUp", "openTopUpWidget", "getTopUpWidget",
                        "issueBillWidget", "getBillWidget", "listBillers", "getWallet", "receiveTopUpNotification");
    }

    @Test
    void everyErrorAnswerUnderTheApiIsAProblemDocument() throws Exception {
        JsonNode docs = apiDocs();

        int errors = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> answer : operation.getValue().path("responses").properties()) {
                    if (answer.getKey().compareTo("400") < 0) {
                        continue;
                    }
                    JsonNode response = answer.getValue().has("$ref")
                            ? docs.at("/components/responses/" + answer.getValue().path("$ref").asString().substring("#/components/responses/".length()))
                            : answer.getValue();
                    assertThat(response.at("/content/application~1problem+json/schema/$ref").asString())
                            .as(answer.getKey() + " of " + operation.getKey() + " " + path.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                    errors++;
                }
            }
        }
        assertThat(errors).isGreaterThan(40);
        assertThat(docs.at("/components/schemas").has("ProblemDetail")).isFalse();
    }

    @Test
    void everyOperationUnderTheApiDescribesTheAnswersOfTheFiltersAndTheExceptionHandler() throws Exception {
        JsonNode paths = apiDocs().path("paths");

        assertThat(names(paths.at("/~1api~1v1~1top-ups/post/responses")))
                .contains("200", "201", "202", "400", "401", "409", "413", "415", "422", "500", "503");
        assertThat(paths.at("/~1api~1v1~1top-ups/post/responses/401/$ref").asString()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(names(paths.at("/~1api~1v1~1bill-widgets/post/responses")))
                .contains("201", "400", "401", "413", "415", "422", "500", "502", "503");
        assertThat(names(paths.at("/~1api~1v1~1billers/get/responses")))
                .containsExactly("200", "400", "401", "500", "503");
        assertThat(names(paths.at("/~1api~1v1~1wallets~1{customerNumber}/get/responses")))
                .containsExactly("200", "400", "401", "404", "500", "503");
        assertThat(paths.at("/~1api~1v1~1top-up-inquiries/post/responses/503/description").asString())
                .contains("finpay-busy", "database-unavailable");
        assertThat(paths.at("/~1callbacks~1finpay~1top-up/post/responses/400/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/FinpayCallbackAnswer");
    }

    @Test
    void theProblemSchemaNamesEveryMemberDompetSends() throws Exception {
        JsonNode problem = apiDocs().at("/components/schemas/Problem");

        assertThat(names(problem.path("properties"))).contains("type", "title", "status", "detail", "instance", "requestId",
                "errors", "correlationId", "finpayCode", "finpayMessage", "topUpId", "widgetSessionId", "billWidgetId",
                "productCodes");
        assertThat(problem.at("/properties/errors/items/$ref").asString()).isEqualTo("#/components/schemas/FieldProblem");
        assertThat(names(apiDocs().at("/components/schemas/FieldProblem/properties"))).containsExactly("field", "message");
        assertThat(problem.at("/properties/type/description").asString()).contains("request-in-progress", "finpay-busy");
    }

    @Test
    void everyEventTypeIsMappedByTheDiscriminatorToTheEventSchemaOfItsResource() {
        JsonNode schemas = apiDocs().at("/components/schemas");
        JsonNode event = schemas.path("EventResponse");
        Map<String, String> resources = Map.of("top_up.", "TopUpResponse", "notification.credited", "TopUpResponse",
                "notification.conflict", "NotificationConflictResponse", "top_up_widget.", "TopUpWidgetResponse",
                "bill_widget.", "BillWidgetResponse");

        assertThat(event.at("/discriminator/propertyName").asString()).isEqualTo("type");
        JsonNode mapping = event.at("/discriminator/mapping");
        assertThat(names(mapping)).containsExactlyElementsOf(
                Arrays.stream(EventType.values()).map(EventType::wireName).toList());
        List<String> members = new ArrayList<>();
        event.path("oneOf").forEach(member -> members.add(member.path("$ref").asString()));
        assertThat(members).containsExactly("#/components/schemas/TopUpEvent",
                "#/components/schemas/NotificationConflictEvent", "#/components/schemas/TopUpWidgetEvent",
                "#/components/schemas/BillWidgetEvent");
        for (EventType type : EventType.values()) {
            String member = mapping.path(type.wireName()).asString();
            JsonNode schema = schemas.path(member.substring("#/components/schemas/".length()));
            String resource = resources.entrySet().stream().filter(entry -> type.wireName().startsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            assertThat(members).as(type.wireName()).contains(member);
            assertThat(schema.at("/properties/data/$ref").asString()).as(type.wireName())
                    .isEqualTo("#/components/schemas/" + resource);
            assertThat(schema.at("/properties/type/enum").valueStream().map(JsonNode::asString))
                    .as(type.wireName()).contains(type.wireName());
            assertThat(names(schema.path("properties"))).containsExactly("id", "type", "createdAt", "data", "livemode");
            assertThat(schema.path("required").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder("id", "type", "createdAt", "data", "livemode");
        }
        List<String> enumerated = new ArrayList<>();
        members.forEach(member -> schemas.path(member.substring("#/components/schemas/".length()))
                .at("/properties/type/enum").forEach(type -> enumerated.add(type.asString())));
        assertThat(enumerated).as("each type in exactly one event schema")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    }

    private JsonNode apiDocs() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}

package io.dompet.adapter.web.openapi;

import io.dompet.adapter.web.billwidget.UnknownProductCodeException;
import io.dompet.adapter.web.limit.ApiBodyLimitFilter;
import io.dompet.adapter.web.problem.FieldProblem;
import io.dompet.adapter.web.problem.FinpayProblems;
import io.dompet.adapter.web.problem.FinpayWidget;
import io.dompet.adapter.web.problem.ProblemExceptionHandler;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.adapter.web.problem.Problems;
import io.dompet.adapter.web.request.RequestIds;
import io.dompet.adapter.web.topup.AmountOutsideLimitsException;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;

/**
 * The one description of dompet's problem documents in the OpenAPI document: the {@value #PROBLEM} schema (RFC 9457's
 * members, every extension member a problem of this API may carry, the invalid fields of {@value #FIELD_PROBLEM}), the
 * error answers every operation under {@code /api/} can give whatever it does ({@link #COMMON}), and the content of
 * every 4xx and 5xx answer there. Controllers describe only the answers of their own operations, by status and
 * description; this customizer gives each of them the problem schema and adds the common ones.
 *
 * <p>Written by hand because springdoc renders Spring's {@code ProblemDetail} as a bare class without its extension
 * members, and has no notion of answers that filters and the exception handler give every operation.
 */
final class ProblemDocumentation implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    /**
     * The member naming the request in every problem and log line of it (issue 14). Described here ahead of it: optional
     * in the schema, so that a client reads problems with and without it.
     */
    static final String REQUEST_ID = RequestIds.KEY;
    /** The component of the {@value RequestIds#HEADER} response header. */
    static final String REQUEST_ID_COMPONENT = "RequestId";
    private static final String API = "/api/";
    private static final String RESPONSES = "#/components/responses/";

    /** An error answer every operation under {@code /api/} can give, by its component name. */
    enum Common {
        INVALID_REQUEST("InvalidRequest", "400", "The request is malformed: a header or parameter with characters that are not "
                + "allowed, or a request the web server refused before dompet saw it (type invalid-request)", false),
        UNAUTHORIZED("Unauthorized", "401", "No API key in the X-API-Key header, or one that is not valid (type unauthorized)",
                false),
        REQUEST_TOO_LARGE("RequestTooLarge", "413", "The request body is larger than " + ApiBodyLimitFilter.MAX_BODY_BYTES
                + " bytes (type request-too-large); nothing was done", true),
        UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaType", "415", "The request body is not application/json "
                + "(type unsupported-media-type); nothing was done", true),
        INTERNAL_ERROR("InternalError", "500", "dompet failed to handle the request (type internal-error); quote the "
                + "correlationId when you report it", false),
        DATABASE_UNAVAILABLE("DatabaseUnavailable", "503", "dompet's database cannot be reached (type database-unavailable): "
                + "send the same request again after Retry-After seconds", false);

        private final String component;
        private final String status;
        private final String description;
        private final boolean withBodyOnly;

        Common(String component, String status, String description, boolean withBodyOnly) {
            this.component = component;
            this.status = status;
            this.description = description;
            this.withBodyOnly = withBodyOnly;
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(PROBLEM, problemSchema());
        components.addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        if (components.getSchemas() != null) {
            components.getSchemas().remove("ProblemDetail");
        }
        for (Common common : Common.values()) {
            components.addResponses(common.component, commonResponse(common));
        }
        // the request header is described here and not as a parameter of each operation: the generated client's
        // methods would all take one more argument
        components.addHeaders(REQUEST_ID_COMPONENT, new Header().description("The request's id, also in every problem"
                + " as " + REQUEST_ID + " and in dompet's log lines about the request. A client may choose it by sending "
                + RequestIds.HEADER + " with 1 to " + RequestIds.MAX_LENGTH + " letters, digits and . _ : -; without "
                + "one, or with another value, dompet makes a new id (a UUID)")
                .schema(string().pattern(RequestIds.PATTERN).maxLength(RequestIds.MAX_LENGTH)));
        components.getResponses().values().forEach(ProblemDocumentation::withRequestIdHeader);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.readOperations().forEach(ProblemDocumentation::describeErrors);
                item.readOperations().forEach(ProblemDocumentation::describeRequestId);
            }
        });
    }

    private static void describeErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (isError(status) && response.get$ref() == null) {
                response.setContent(problemContent());
                if (status.equals(Common.DATABASE_UNAVAILABLE.status)
                        && !response.getDescription().contains(ProblemType.DATABASE_UNAVAILABLE.slug())) {
                    response.setDescription(response.getDescription() + ". Or " + lowerFirst(Common.DATABASE_UNAVAILABLE.description));
                }
            }
        });
        boolean withBody = operation.getRequestBody() != null;
        for (Common common : Common.values()) {
            if ((withBody || !common.withBodyOnly) && !responses.containsKey(common.status)) {
                responses.addApiResponse(common.status, new ApiResponse().$ref(RESPONSES + common.component));
            }
        }
        Map<String, ApiResponse> byStatus = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(byStatus);
    }

    /** Every operation under /api/ answers the request id in each of its responses. */
    private static void describeRequestId(Operation operation) {
        operation.getResponses().values().stream().filter(response -> response.get$ref() == null)
                .forEach(ProblemDocumentation::withRequestIdHeader);
    }

    private static void withRequestIdHeader(ApiResponse response) {
        response.addHeaderObject(RequestIds.HEADER, new Header().$ref("#/components/headers/" + REQUEST_ID_COMPONENT));
    }

    private static ApiResponse commonResponse(Common common) {
        ApiResponse response = new ApiResponse().description(common.description).content(problemContent());
        if (common == Common.UNAUTHORIZED) {
            response.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header()
                    .description("The scheme to authenticate with: " + ProblemExceptionHandler.API_KEY_CHALLENGE)
                    .schema(string()));
        }
        if (common == Common.DATABASE_UNAVAILABLE) {
            response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                    .description("Seconds to wait before sending the request again").schema(integer()));
        }
        return response;
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string().format("uri").description("What kind of problem this is, stable: switch on it. "
                + "https://dompet.io/problems/ followed by one of " + Arrays.stream(ProblemType.values())
                .map(ProblemType::slug).collect(Collectors.joining(", "))
                + "; about:blank for a status without a kind of its own").example(ProblemType.BASE_URI + "invalid-request"));
        properties.put("title", string().description("The kind's title; never changes for a type").example("Invalid request"));
        properties.put("status", integer().description("The HTTP status").example(400));
        properties.put("detail", string().description("What happened this time, for a person; never a secret nor a full phone number"));
        properties.put("instance", string().format("uri").description("This occurrence, urn:uuid:…; never the request path")
                .example("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        properties.put(REQUEST_ID, string().description("The request's id, as in the " + RequestIds.HEADER
                + " response header and in dompet's log lines about the request"));
        properties.put(Problems.ERRORS, new ArraySchema().items(new Schema<>().$ref(FIELD_PROBLEM))
                .types(Set.of("array")).description("invalid-request: each invalid field (empty when the detail says what is wrong)"));
        properties.put(Problems.CORRELATION_ID, string().description("internal-error: the id under which the error is logged"));
        properties.put(FinpayProblems.FINPAY_CODE, string().description("finpay-refused, finpay-widget-refused, "
                + "finpay-bill-widget-refused: Finpay's response code"));
        properties.put(FinpayProblems.FINPAY_MESSAGE, string().description("With finpayCode: Finpay's message, personal data hidden"));
        properties.put(AmountOutsideLimitsException.TOP_UP_ID, string().format("uuid")
                .description("amount-outside-limits: the top-up dompet stored and failed"));
        properties.put(FinpayWidget.TOP_UP_WIDGET.idProperty(), string().format("uuid")
                .description("finpay-widget-refused, finpay-unavailable: the top-up widget session stored and now FAILED"));
        properties.put(FinpayWidget.BILL_WIDGET.idProperty(), string().format("uuid")
                .description("finpay-bill-widget-refused, finpay-unavailable: the bill widget stored and now FAILED"));
        properties.put(UnknownProductCodeException.PRODUCT_CODES, new ArraySchema().items(string()).types(Set.of("array"))
                .description("unknown-product-code: the product codes the biller catalogue does not know"));
        return object()
                .description("An RFC 9457 problem document (application/problem+json): every error of the API under /api/. "
                        + "Members other than type, title, status, detail and instance appear with the kinds named in "
                        + "their descriptions; clients ignore members they do not know.")
                .properties(properties)
                .required(List.of("type", "title", "status", "detail", "instance", REQUEST_ID));
    }

    private static Schema<?> fieldProblemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", string().description("The JSON field (items[0].amount), path variable, query parameter or "
                + "header; " + FieldProblem.BODY + " for the body as a whole").example("amount"));
        properties.put("message", string().description("What is wrong; never repeats the value sent")
                .example("must not be blank"));
        return object().description("One invalid field of an invalid-request problem")
                .properties(properties).required(List.of("field", "message"));
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Schema<Object> object() {
        return new Schema<>().type("object").types(Set.of("object"));
    }

    private static Schema<Object> string() {
        return new Schema<>().type("string").types(Set.of("string"));
    }

    private static Schema<Object> integer() {
        return new Schema<>().type("integer").types(Set.of("integer"));
    }
}

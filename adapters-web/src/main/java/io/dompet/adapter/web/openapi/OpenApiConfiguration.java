package io.dompet.adapter.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description springdoc serves at {@code /v3/api-docs} (UI at {@code /swagger-ui.html}): the API-key
 * scheme, so that the UI offers to send {@code X-API-Key}, required by every operation under {@code /api/}; the problem
 * schema and the error answers common to every operation ({@link ProblemDocumentation}). Its copy in the repository,
 * {@code docs/openapi.yaml}, is kept equal to it by bootstrap's {@code OpenApiContractTest}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The name of the API-key security scheme in the description. */
    public static final String API_KEY_SCHEME = "ApiKey";

    @Bean
    OpenAPI dompetOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("dompet")
                        .description("Tops up customers' Finpay Money e-wallets. Every /api/ operation needs an API key in the "
                                + "X-API-Key header; errors are RFC 9457 problem details (application/problem+json). Finpay's callbacks under "
                                + "/callbacks/ need no API key (Finpay signs them) and answer in Finpay's SNAP format (application/json).")
                        .version("v1")
                        .contact(new Contact().name("dompet").url("https://dompet.io")))
                // relative, so that the document is the same wherever dompet runs and the UI calls the host it came from
                .servers(List.of(new Server().url("/").description("The dompet serving this document")))
                .components(new Components().addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")
                        .description("The client's API key; only its SHA-256 digest is configured on the server.")));
    }

    /** The problem schema and the error answers common to every operation under {@code /api/}, described once. */
    @Bean
    OpenApiCustomizer problemDocumentation() {
        return new ProblemDocumentation();
    }

    /** An event as a {@code oneOf} of one schema per kind of resource, told apart by its type. */
    @Bean
    OpenApiCustomizer eventDocumentation() {
        return new EventDocumentation();
    }

    /** Lists the tags by name, so that the document does not depend on the order in which controllers were found. */
    @Bean
    OpenApiCustomizer tagsByName() {
        return openApi -> {
            if (openApi.getTags() != null) {
                openApi.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
            }
        };
    }

    /** Requires the API key on the operations under {@code /api/} only: callbacks are authenticated otherwise. */
    @Bean
    OpenApiCustomizer apiKeyOnApiOperations() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(operation ->
                            operation.addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME)));
                }
            });
        };
    }
}

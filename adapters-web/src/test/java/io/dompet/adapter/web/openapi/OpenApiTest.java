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
    void the_api_description_is_served_without_an_api_key() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/wallets/{customerNumber}'].get").isNotNull();
        assertThat(result).bodyJson().doesNotHavePath("$.paths['/error']");
    }

    @Test
    void the_api_description_declares_the_api_key_header_scheme() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.ApiKey.type").isEqualTo("apiKey");
        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.ApiKey.in").isEqualTo("header");
        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.ApiKey.name").isEqualTo("X-API-Key");
    }

    @Test
    void operations_under_the_api_require_the_api_key() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).bodyJson()
                .extractingPath("$.paths['/api/v1/wallets/{customerNumber}'].get.security[0].ApiKey").isNotNull();
    }

    @Test
    void the_swagger_ui_is_reachable_without_an_api_key() {
        MvcTestResult page = mvc.get().uri("/swagger-ui.html").exchange();
        MvcTestResult config = mvc.get().uri("/v3/api-docs/swagger-config").exchange();

        assertThat(page).hasStatus3xxRedirection();
        assertThat(page.getResponse().getRedirectedUrl()).contains("/swagger-ui/index.html");
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
        assertThat(config).hasStatusOk();
    }
}

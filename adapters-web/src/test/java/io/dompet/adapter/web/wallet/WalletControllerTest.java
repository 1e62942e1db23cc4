package io.dompet.adapter.web.wallet;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.KNOWN_CUSTOMER;
import static io.dompet.adapter.web.WebAdapterTestApplication.UNKNOWN_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class WalletControllerTest {

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult getWallet(String customerNumber) {
        return mvc.get().uri("/api/v1/wallets/{customerNumber}", customerNumber).header("X-API-Key", ACME_KEY).exchange();
    }

    @Test
    void a_known_wallet_is_shown_with_its_masked_number_and_a_two_decimal_total() {
        MvcTestResult result = getWallet(KNOWN_CUSTOMER);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {"customerNumber": "0812****7890", "customerName": "BU** SAN***", "creditedTotal": "150000.00", "topUps": []}
                """, JsonCompareMode.STRICT);
    }

    @Test
    void a_known_wallet_is_found_whichever_accepted_form_its_number_is_given_in() {
        assertThat(getWallet("6281234567890")).hasStatusOk();
        assertThat(getWallet("+62 812-3456-7890")).hasStatusOk();
    }

    @Test
    void the_response_never_carries_the_full_number() {
        assertThat(getWallet(KNOWN_CUSTOMER)).bodyText().doesNotContain(KNOWN_CUSTOMER).doesNotContain("6281234567890");
    }

    @Test
    void an_unknown_wallet_is_a_wallet_not_found_problem_showing_only_the_masked_number() {
        MvcTestResult result = getWallet(UNKNOWN_CUSTOMER);

        assertProblem(result, HttpStatus.NOT_FOUND, "wallet-not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("0898****3210");
        assertThat(result).bodyText().doesNotContain(UNKNOWN_CUSTOMER).doesNotContain("89876543210");
    }

    @Test
    void a_customer_number_that_is_not_a_phone_number_is_an_invalid_request_naming_the_field() {
        MvcTestResult result = getWallet("abc");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerNumber");
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().hasSize(1);
        assertThat(result).bodyText().doesNotContain("abc");
    }

    @Test
    void a_landline_is_an_invalid_request_naming_the_field_without_echoing_the_number() {
        MvcTestResult result = getWallet("0215551234");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerNumber");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("landline");
        assertThat(result).bodyText().doesNotContain("0215551234");
    }

    @Test
    void deleting_a_wallet_is_a_method_not_allowed_problem() {
        MvcTestResult result = mvc.delete().uri("/api/v1/wallets/{customerNumber}", KNOWN_CUSTOMER)
                .header("X-API-Key", ACME_KEY).exchange();

        assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
        assertThat(result).hasHeader("Allow", "GET");
        assertThat(result).bodyText().doesNotContain(KNOWN_CUSTOMER);
    }

    @Test
    void a_problem_is_answered_as_problem_json_even_to_a_client_accepting_only_json() {
        MvcTestResult result = mvc.get().uri("/api/v1/wallets/{customerNumber}", UNKNOWN_CUSTOMER)
                .header("X-API-Key", ACME_KEY).accept(MediaType.APPLICATION_JSON).exchange();

        assertProblem(result, HttpStatus.NOT_FOUND, "wallet-not-found");
    }
}

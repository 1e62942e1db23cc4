package io.dompet.adapter.web.billwidget;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import org.junit.jupiter.api.BeforeEach;
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
class BillWidgetControllerBillersTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    @Test
    void theCatalogueListsEveryBillerWithItsCodeNameAndCategoryInOrder() {
        fakes.billerListings.answersWith(BillWidgets.CATALOGUE);

        MvcTestResult result = mvc.get().uri("/api/v1/billers").header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                [
                  {"code": "080003", "name": "BPJS Kesehatan", "category": "Health insurance", "livemode": false},
                  {"code": "100001", "name": "PLN Postpaid", "category": "Electricity", "livemode": false}
                ]
                """, JsonCompareMode.STRICT);
        assertThat(fakes.billerListings.calls()).hasSize(1);
    }

    @Test
    void anEmptyCatalogueIsAnEmptyList() {
        MvcTestResult result = mvc.get().uri("/api/v1/billers").header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isEqualTo("[]", JsonCompareMode.STRICT);
    }

    @Test
    void theCatalogueWithoutAnApiKeyIsUnauthorizedAndReachesNoQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/billers").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.billerListings.calls()).isEmpty();
    }
}

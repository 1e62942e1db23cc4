package io.dompet.adapter.web.topupwidget;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.domain.billwidget.BillWidgetStatus;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The lists of top-up widget sessions and bill widgets: filters reach the query, bad ones are named. */
@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class WidgetListControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    @Test
    void theWidgetFiltersReachTheQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/top-up-widgets").param("status", "EXPIRED")
                .param("phoneNumber", "081388889999").param("createdFrom", "2024-04-17T00:00:00Z").param("limit", "10")
                .header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isEqualTo("{\"data\": [], \"hasMore\": false, \"nextCursor\": null}",
                JsonCompareMode.STRICT);
        assertThat(fakes.widgetListings.calls()).singleElement().satisfies(listing -> {
            assertThat(listing.filter().status()).isEqualTo(TopUpWidgetStatus.EXPIRED);
            assertThat(listing.filter().phoneNumber()).isEqualTo(PhoneNumber.parse("081388889999"));
            assertThat(listing.filter().createdFrom()).isEqualTo(Instant.parse("2024-04-17T00:00:00Z"));
            assertThat(listing.limit()).isEqualTo(10);
        });
    }

    @Test
    void theBillWidgetFiltersReachTheQuery() {
        MvcTestResult result = mvc.get().uri("/api/v1/bill-widgets").param("status", "ISSUED")
                .param("billNumber", "8888800393834857").header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
        assertThat(fakes.billWidgetListings.calls()).singleElement().satisfies(listing -> {
            assertThat(listing.filter().status()).isEqualTo(BillWidgetStatus.ISSUED);
            assertThat(listing.filter().billNumber()).isEqualTo("8888800393834857");
            assertThat(listing.limit()).isEqualTo(50);
        });
    }

    @Test
    void badFiltersAreNamedAndReachNoQuery() {
        MvcTestResult widgets = mvc.get().uri("/api/v1/top-up-widgets").param("status", "PAID")
                .param("phoneNumber", "12").param("limit", "x").header("X-API-Key", ACME_KEY).exchange();
        MvcTestResult bills = mvc.get().uri("/api/v1/bill-widgets").param("billNumber", "no spaces!")
                .param("createdTo", "2024-13-01").header("X-API-Key", ACME_KEY).exchange();

        assertProblem(widgets, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(widgets).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("limit", "phoneNumber", "status"));
        assertProblem(bills, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(bills).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("billNumber", "createdTo"));
        assertThat(fakes.widgetListings.calls()).isEmpty();
        assertThat(fakes.billWidgetListings.calls()).isEmpty();
    }
}

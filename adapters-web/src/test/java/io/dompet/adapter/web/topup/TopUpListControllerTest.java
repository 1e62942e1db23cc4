package io.dompet.adapter.web.topup;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class TopUpListControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    /** The list with the query parameters {@code nameValuePairs}: name, value, name, value, … */
    private MvcTestResult list(String... nameValuePairs) {
        var request = mvc.get().uri("/api/v1/top-ups").header("X-API-Key", ACME_KEY);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            request = request.param(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void aPageShowsEachTopUpExactlyAsItsOwnReadAndTheCursorOfTheNext() throws Exception {
        PageCursor next = new PageCursor(TopUps.CREATED, UUID.fromString(TopUps.ID));
        fakes.topUpListings.answersWith(new Page<>(List.of(TopUps.succeeded("50000")), next));
        fakes.topUpReads.answers(id -> java.util.Optional.of(TopUps.succeeded("50000")));

        MvcTestResult page = list("limit", "1");
        MvcTestResult single = mvc.get().uri("/api/v1/top-ups/{id}", TopUps.ID).header("X-API-Key", ACME_KEY).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyJson().extractingPath("$.hasMore").isEqualTo(true);
        assertThat(page).bodyJson().extractingPath("$.nextCursor").isEqualTo(next.encoded());
        assertThat(page).bodyJson().extractingPath("$.data[0]").convertTo(Map.class)
                .isEqualTo(new tools.jackson.databind.json.JsonMapper().readValue(single.getResponse().getContentAsString(), Map.class));
        assertThat(fakes.topUpListings.calls()).singleElement().satisfies(listing -> {
            assertThat(listing.limit()).isEqualTo(1);
            assertThat(listing.after()).isNull();
        });
    }

    @Test
    void theLastPageHasNoCursorAndTheDefaultLimitIsFifty() {
        MvcTestResult page = list();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyJson().isEqualTo("""
                {"data": [], "hasMore": false, "nextCursor": null}
                """, JsonCompareMode.STRICT);
        assertThat(fakes.topUpListings.calls()).singleElement()
                .satisfies(listing -> assertThat(listing.limit()).isEqualTo(Page.DEFAULT_LIMIT));
    }

    @Test
    void everyFilterReachesTheQueryAndTheIdempotencyKeyIsTheCallingClients() {
        PageCursor after = new PageCursor(Instant.parse("2024-04-17T05:03:38.123456Z"), UUID.randomUUID());

        MvcTestResult page = list("status", "PENDING", "needsReview", "true", "customerNumber", "0812-3456-7890",
                "createdFrom", "2024-04-01T00:00:00+07:00", "createdTo", "2024-05-01T00:00:00Z",
                "idempotencyKey", "order-4711", "referenceNo", "FP123", "limit", "200", "after", after.encoded());

        assertThat(page).hasStatusOk();
        assertThat(fakes.topUpListings.calls()).singleElement().satisfies(listing -> {
            assertThat(listing.filter().status()).isEqualTo(TopUpStatus.PENDING);
            assertThat(listing.filter().needsReview()).isTrue();
            assertThat(listing.filter().customerNumber()).isEqualTo(PhoneNumber.parse("081234567890"));
            assertThat(listing.filter().createdFrom()).isEqualTo(Instant.parse("2024-03-31T17:00:00Z"));
            assertThat(listing.filter().createdTo()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
            assertThat(listing.filter().idempotencyKey()).isEqualTo(new IdempotencyKey("order-4711"));
            assertThat(listing.filter().client()).isEqualTo(new ApiClient(WebAdapterTestApplication.ACME));
            assertThat(listing.filter().referenceNo()).isEqualTo("FP123");
            assertThat(listing.limit()).isEqualTo(200);
            assertThat(listing.after()).isEqualTo(after);
        });
    }

    @Test
    void badFiltersCursorsAndLimitsAreOneProblemNamingEachAndReachNoQuery() {
        MvcTestResult result = list("status", "DONE", "needsReview", "yes", "customerNumber", "12",
                "createdFrom", "yesterday", "limit", "201", "after", "not-a-cursor", "idempotencyKey", "has space");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(
                List.of("after", "createdFrom", "customerNumber", "idempotencyKey", "limit", "needsReview", "status"));
        assertThat(fakes.topUpListings.calls()).isEmpty();
    }

    @Test
    void anEmptyTimeWindowAndALimitOfZeroAreRefused() {
        MvcTestResult result = list("createdFrom", "2024-05-01T00:00:00Z", "createdTo", "2024-05-01T00:00:00Z",
                "limit", "0");

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("createdTo", "limit"));
        assertThat(fakes.topUpListings.calls()).isEmpty();
    }
}

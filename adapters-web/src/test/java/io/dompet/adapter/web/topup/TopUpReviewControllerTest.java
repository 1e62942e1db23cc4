package io.dompet.adapter.web.topup;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.OPS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.ReviewResult;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.ReviewAction;
import io.dompet.domain.topup.TopUpId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class TopUpReviewControllerTest {

    private static final String SUCCEED = """
            {"action": "succeed", "referenceNo": "2211150005490937", "reason": "on Finpay's statement"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult review(String key, String body) {
        return mvc.post().uri("/api/v1/top-ups/{id}/review", TopUps.ID).header("X-API-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Test
    void anOperatorsSucceedReachesTheUseCaseAsItsClientAndAnswersTheTopUp() {
        fakes.reviews.answers(command -> new ReviewResult.Reviewed(TopUps.succeeded("50000"), review(command.action())));

        MvcTestResult result = review(OPS_KEY, SUCCEED);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
        assertThat(result).bodyJson().extractingPath("$.customerNumber").isEqualTo(TopUps.CUSTOMER_MASKED);
        assertThat(fakes.reviews.calls()).singleElement().satisfies(command -> {
            assertThat(command.topUpId()).isEqualTo(TopUpId.parse(TopUps.ID));
            assertThat(command.reviewer()).isEqualTo(new ApiClient(WebAdapterTestApplication.OPS));
            assertThat(command.action()).isEqualTo(ReviewAction.SUCCEED);
            assertThat(command.referenceNo()).isEqualTo("2211150005490937");
            assertThat(command.reason()).isEqualTo("on Finpay's statement");
        });
    }

    @Test
    void aClientWithoutTheOperatorRoleIsForbiddenAndReachesNoUseCase() {
        MvcTestResult review = review(ACME_KEY, SUCCEED);
        MvcTestResult reviews = mvc.get().uri("/api/v1/top-ups/{id}/reviews", TopUps.ID).header("X-API-Key", ACME_KEY)
                .exchange();

        assertProblem(review, HttpStatus.FORBIDDEN, "operator-required");
        assertProblem(reviews, HttpStatus.FORBIDDEN, "operator-required");
        assertThat(review).bodyJson().extractingPath("$.detail").asString().contains("operator");
        assertThat(fakes.reviews.calls()).isEmpty();
        assertThat(fakes.reviewReads.calls()).isEmpty();
    }

    @Test
    void withoutAKeyAReviewIsUnauthorized() {
        MvcTestResult result = mvc.post().uri("/api/v1/top-ups/{id}/review", TopUps.ID)
                .contentType(MediaType.APPLICATION_JSON).content(SUCCEED).exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(fakes.reviews.calls()).isEmpty();
    }

    @Test
    void badInputsAreOneProblemNamingTheFieldAndNothingIsDone() {
        MvcTestResult noAction = review(OPS_KEY, "{}");
        MvcTestResult unknownAction = review(OPS_KEY, "{\"action\": \"acknowledge\"}");
        MvcTestResult succeedWithoutReference = review(OPS_KEY, "{\"action\": \"succeed\", \"reason\": \"seen\"}");
        MvcTestResult failWithoutReason = review(OPS_KEY, "{\"action\": \"fail\"}");
        MvcTestResult badId = mvc.post().uri("/api/v1/top-ups/{id}/review", "nope").header("X-API-Key", OPS_KEY)
                .contentType(MediaType.APPLICATION_JSON).content(SUCCEED).exchange();

        assertFieldNamed(noAction, "action");
        assertFieldNamed(unknownAction, "action");
        assertFieldNamed(succeedWithoutReference, "referenceNo");
        assertFieldNamed(failWithoutReason, "reason");
        assertFieldNamed(badId, "id");
        assertThat(fakes.reviews.calls()).isEmpty();
    }

    @Test
    void aRefusedReviewIsAConflictWithFinpaysAnswer() {
        fakes.topUpReads.answers(id -> Optional.of(TopUps.pending("50000")));
        fakes.reviews.answersWith(new ReviewResult.Refused("Finpay's status inquiry says SUCCEEDED under referenceNo "
                + "FP1 for 6281234567890: a top-up may be failed only when Finpay says it does not exist or failed.",
                "SUCCEEDED under referenceNo FP1 for 6281234567890"));

        MvcTestResult result = review(OPS_KEY, "{\"action\": \"fail\", \"reason\": \"nothing arrived\"}");

        assertProblem(result, HttpStatus.CONFLICT, "review-refused");
        assertThat(result).bodyJson().extractingPath("$.finpayStatus").asString().startsWith("SUCCEEDED");
        assertThat(result).bodyText().doesNotContain("6281234567890").doesNotContain(TopUps.CUSTOMER);
    }

    @Test
    void anUnknownTopUpIsNotFound() {
        MvcTestResult result = review(OPS_KEY, "{\"action\": \"recheck\"}");

        assertProblem(result, HttpStatus.NOT_FOUND, "top-up-not-found");
    }

    @Test
    void anOperatorReadsTheAuditedDecisions() {
        fakes.topUpReads.answers(id -> Optional.of(TopUps.succeeded("50000")));
        fakes.reviewReads.answersWith(List.of(review(ReviewAction.SUCCEED)));

        MvcTestResult result = mvc.get().uri("/api/v1/top-ups/{id}/reviews", TopUps.ID).header("X-API-Key", OPS_KEY)
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$[0].reviewer").isEqualTo("ops");
        assertThat(result).bodyJson().extractingPath("$[0].action").isEqualTo("succeed");
        assertThat(result).bodyJson().extractingPath("$[0].statusAfter").isEqualTo("SUCCEEDED");
        assertThat(result).bodyJson().extractingPath("$[0].reviewedAt").isEqualTo("2024-04-17T05:03:41Z");
    }

    private static Review review(ReviewAction action) {
        return new Review(UUID.randomUUID(), UUID.fromString(TopUps.ID), new ApiClient("ops"), action, "on Finpay's statement",
                "2211150005490937", "PENDING", "SUCCEEDED", Instant.parse("2024-04-17T05:03:41Z"));
    }

    private static void assertFieldNamed(MvcTestResult result, String field) {
        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of(field));
    }
}

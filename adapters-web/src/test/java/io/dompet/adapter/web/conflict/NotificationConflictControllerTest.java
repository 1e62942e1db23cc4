package io.dompet.adapter.web.conflict;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.OPS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.NotificationConflictsUseCase.AcknowledgeResult;
import io.dompet.application.port.page.Page;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.domain.topup.TopUpChannel;
import java.time.Instant;
import java.util.List;
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
class NotificationConflictControllerTest {

    private static final NotificationConflict OPEN = new NotificationConflict(
            UUID.fromString("5d2b8c1e-0f6a-4e2b-9a7d-3c1e2f4a5b6c"), "FPN1", PhoneNumber.parse("081234567890"),
            Money.parse("75001"), new TopUpChannel("vabca"), Instant.parse("2024-04-17T05:03:38Z"), null, null, 0);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    @Test
    void anOperatorListsOpenConflictsWithThePhoneMasked() {
        fakes.conflictListings.answersWith(new Page<>(List.of(OPEN), null));

        MvcTestResult result = mvc.get().uri("/api/v1/notification-conflicts").param("acknowledged", "false")
                .header("X-API-Key", OPS_KEY).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.data[0].customerNumber").isEqualTo("0812******90");
        assertThat(result).bodyJson().extractingPath("$.data[0].amount").isEqualTo("75001.00");
        assertThat(result).bodyJson().extractingPath("$.hasMore").isEqualTo(false);
        assertThat(result).bodyText().doesNotContain("81234567890");
        assertThat(fakes.conflictListings.calls()).singleElement()
                .satisfies(listing -> assertThat(listing.acknowledged()).isFalse());
    }

    @Test
    void anOperatorAcknowledgesWithAReason() {
        fakes.acknowledgements.answers(ack -> new AcknowledgeResult.Acknowledged(new NotificationConflict(OPEN.id(),
                OPEN.referenceNo(), OPEN.customerNumber(), OPEN.amount(), OPEN.channel(), OPEN.receivedAt(),
                Instant.parse("2024-04-17T06:00:00Z"), ack.operator(), 1), null));

        MvcTestResult result = acknowledge(OPS_KEY, "{\"reason\": \"refunded by Finpay\"}");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.acknowledgedBy").isEqualTo("ops");
        assertThat(fakes.acknowledgements.calls()).singleElement().satisfies(ack -> {
            assertThat(ack.operator()).isEqualTo(new ApiClient("ops"));
            assertThat(ack.reason()).isEqualTo("refunded by Finpay");
        });
    }

    @Test
    void nonOperatorsAreForbiddenToListOrAcknowledge() {
        assertProblem(mvc.get().uri("/api/v1/notification-conflicts").header("X-API-Key", ACME_KEY).exchange(),
                HttpStatus.FORBIDDEN, "operator-required");
        assertProblem(acknowledge(ACME_KEY, "{\"reason\": \"x\"}"), HttpStatus.FORBIDDEN, "operator-required");
        assertThat(fakes.conflictListings.calls()).isEmpty();
        assertThat(fakes.acknowledgements.calls()).isEmpty();
    }

    @Test
    void aMissingReasonOrABadCursorIsNamedAndNothingIsDone() {
        MvcTestResult noReason = acknowledge(OPS_KEY, "{}");
        MvcTestResult badCursor = mvc.get().uri("/api/v1/notification-conflicts").param("after", "x")
                .header("X-API-Key", OPS_KEY).exchange();

        assertProblem(noReason, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(noReason).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("reason"));
        assertProblem(badCursor, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(badCursor).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("after"));
        assertThat(fakes.acknowledgements.calls()).isEmpty();
        assertThat(fakes.conflictListings.calls()).isEmpty();
    }

    @Test
    void aConflictAcknowledgedBeforeIsRefused() {
        fakes.acknowledgements.answersWith(new AcknowledgeResult.AlreadyAcknowledged(OPEN));

        assertProblem(acknowledge(OPS_KEY, "{\"reason\": \"again\"}"), HttpStatus.CONFLICT, "review-refused");
    }

    private MvcTestResult acknowledge(String key, String body) {
        return mvc.post().uri("/api/v1/notification-conflicts/{id}/acknowledge", OPEN.id().toString())
                .header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}

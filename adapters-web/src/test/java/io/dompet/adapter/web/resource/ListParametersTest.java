package io.dompet.adapter.web.resource;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static io.dompet.adapter.web.WebAdapterTestApplication.OPS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query parameters every list reads alike ({@link PageParameters}): each invalid one is named in one problem, with
 * exactly the message each list gave before they were read in one place (issue 15's clean-up; the expected errors were
 * captured from the lists as they were).
 */
@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class ListParametersTest {

    @Autowired
    MockMvcTester mvc;

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of(Named.of("the top-ups' every filter, window end, cursor and limit",
                        "/api/v1/top-ups?status=DONE&needsReview=yes&customerNumber=12"
                                + "&createdFrom=yesterday&createdTo=2024-13-01&idempotencyKey=has space"
                                + "&referenceNo=&limit=201&after=not-a-cursor"), ACME_KEY, """
                [{"field":"after","message":"after must be a nextCursor this list returned"},
                {"field":"createdFrom","message":"createdFrom must be an ISO-8601 date-time with an offset, e.g. 2026-11-24T05:00:00Z"},
                {"field":"createdTo","message":"createdTo must be an ISO-8601 date-time with an offset, e.g. 2026-11-24T05:00:00Z"},
                {"field":"customerNumber","message":"phone number must start with 08, 628 or +628"},
                {"field":"idempotencyKey","message":"Idempotency-Key must be printable ASCII without spaces"},
                {"field":"limit","message":"limit must be a whole number from 1 to 200"},
                {"field":"needsReview","message":"needsReview must be true or false"},
                {"field":"referenceNo","message":"referenceNo must be 1 to 64 characters without control characters"},
                {"field":"status","message":"status must be one of [REQUESTED, SENDING, PENDING, SUCCEEDED, FAILED]"}]"""),
                Arguments.of(Named.of("an empty time window and a limit of zero",
                        "/api/v1/top-ups?createdFrom=2024-05-01T00:00:00Z&createdTo=2024-05-01T00:00:00Z"
                                + "&limit=0"), ACME_KEY, """
                [{"field":"createdTo","message":"createdTo must be later than createdFrom"},
                {"field":"limit","message":"limit must be a whole number from 1 to 200"}]"""),
                Arguments.of(Named.of("the top-up widgets' filters, cursor and limit",
                        "/api/v1/top-up-widgets?status=PAID&phoneNumber=12&createdFrom=x"
                                + "&createdTo=2024-01-01T00:00:00+07:00&limit=x&after=x"), ACME_KEY, """
                [{"field":"after","message":"after must be a nextCursor this list returned"},
                {"field":"createdFrom","message":"createdFrom must be an ISO-8601 date-time with an offset, e.g. 2026-11-24T05:00:00Z"},
                {"field":"limit","message":"limit must be a whole number from 1 to 200"},
                {"field":"phoneNumber","message":"phone number must start with 08, 628 or +628"},
                {"field":"status","message":"status must be one of [REQUESTED, OPEN, COMPLETED, EXPIRED, FAILED]"}]"""),
                Arguments.of(Named.of("the bill widgets' filters, reversed window, empty cursor and negative limit",
                        "/api/v1/bill-widgets?status=X&billNumber=no spaces!"
                                + "&createdFrom=2024-05-02T00:00:00Z&createdTo=2024-05-01T00:00:00Z&limit=-1&after="), ACME_KEY, """
                [{"field":"after","message":"after must be a nextCursor this list returned"},
                {"field":"billNumber","message":"billInfo.billNumber must be 1 to 32 letters or digits"},
                {"field":"createdTo","message":"createdTo must be later than createdFrom"},
                {"field":"limit","message":"limit must be a whole number from 1 to 200"},
                {"field":"status","message":"status must be one of [REQUESTED, ISSUED, EXPIRED, FAILED]"}]"""),
                Arguments.of(Named.of("the notification conflicts' filter, cursor and fractional limit",
                        "/api/v1/notification-conflicts?acknowledged=yes&limit=1.5&after=x"), OPS_KEY, """
                [{"field":"acknowledged","message":"acknowledged must be true or false"},
                {"field":"after","message":"after must be a nextCursor this list returned"},
                {"field":"limit","message":"limit must be a whole number from 1 to 200"}]"""),
                Arguments.of(Named.of("the events' cursor, limit and type",
                        "/api/v1/events?after=x&limit=201&type=nope"), ACME_KEY, """
                [{"field":"after","message":"is not a cursor this API handed out"},
                {"field":"limit","message":"must be a whole number from 1 to 200"},
                {"field":"type","message":"must be one of [top_up.succeeded, top_up.failed, top_up.needs_review, top_up.reviewed, notification.credited, notification.conflict, top_up_widget.completed, top_up_widget.expired, bill_widget.issued, bill_widget.expired]"}]"""),
                Arguments.of(Named.of("the events' empty cursor and a limit of zero",
                        "/api/v1/events?after=&limit=0"), ACME_KEY, """
                [{"field":"after","message":"is not a cursor this API handed out"},
                {"field":"limit","message":"must be a whole number from 1 to 200"}]"""),
                Arguments.of(Named.of("the webhook deliveries' status and a limit past int",
                        "/api/v1/webhook-deliveries?status=DONE&limit=99999999999"), ACME_KEY, """
                [{"field":"limit","message":"must be a whole number from 1 to 200"},
                {"field":"status","message":"must be PENDING, DELIVERED or FAILED"}]"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParameters")
    void everyInvalidParameterIsNamedWithTheMessageItHasAlwaysHad(String uri, String apiKey, String errors) {
        MvcTestResult result = mvc.get().uri(uri).header("X-API-Key", apiKey).exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray()).get("errors"))
                .hasToString(errors.replace("\n", ""));
    }

    /** One reading of {@code limit} for every list: what the page lists took, the event log takes too. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/top-ups", "/api/v1/top-up-widgets", "/api/v1/bill-widgets", "/api/v1/events",
            "/api/v1/webhook-deliveries"})
    void aSignedLimitIsTheSameWholeNumberOnEveryList(String list) {
        MvcTestResult result = mvc.get().uri(list + "?limit={limit}", "+5").header("X-API-Key", ACME_KEY).exchange();

        assertThat(result).hasStatusOk();
    }
}

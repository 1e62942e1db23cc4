package io.dompet.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What every problem response has in common. */
public final class ProblemExpectations {

    private ProblemExpectations() {
    }

    /** Asserts an RFC 9457 problem of type {@code https://dompet.io/problems/<slug>} with all its members. */
    public static void assertProblem(MvcTestResult result, HttpStatus status, String slug) {
        assertThat(result).hasStatus(status);
        assertThat(result).contentType().isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://dompet.io/problems/" + slug);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
        assertThat(result).bodyJson().extractingPath("$.instance").asString().startsWith("urn:uuid:");
        assertThat(result).bodyJson().extractingPath("$.requestId").asString().isNotBlank()
                .isEqualTo(result.getResponse().getHeader("X-Request-Id"));
    }
}

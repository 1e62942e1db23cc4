package io.dompet.adapter.web.request;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.web.CapturedLogs;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.adapter.web.problem.ProblemExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class RequestIdTest {

    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvcTester mvc;

    @RegisterExtension
    final CapturedLogs logs = CapturedLogs.of(ProblemExceptionHandler.class);

    @Test
    void aRequestIdSentIsAnsweredInTheHeaderInTheProblemAndInTheLogLinesOfTheRequest() {
        MvcTestResult result = mvc.get().uri("/api/test/failure").header("X-API-Key", ACME_KEY)
                .header("X-Request-Id", "client-42.a:b_c").exchange();

        assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(result).headers().hasValue("X-Request-Id", "client-42.a:b_c");
        assertThat(result).bodyJson().extractingPath("$.requestId").isEqualTo("client-42.a:b_c");
        assertThat(logs.events()).extracting(ILoggingEvent::getMDCPropertyMap)
                .isNotEmpty().allSatisfy(mdc -> assertThat(mdc).containsEntry("requestId", "client-42.a:b_c"));
        assertThat(MDC.get("requestId")).as("the id leaves the MDC with the request").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "semi;colon", "quote\"", "%0d%0aSet-Cookie:x",
            "a-request-id-of-sixty-five-characters-is-one-too-many-for-dompet-"})
    void aMalformedRequestIdIsReplacedByANewOne(String malformed) {
        MvcTestResult result = mvc.get().uri("/api/test/conflict").header("X-API-Key", ACME_KEY)
                .header("X-Request-Id", malformed).exchange();

        assertProblem(result, HttpStatus.CONFLICT, "conflict");
        assertThat(result.getResponse().getHeader("X-Request-Id")).matches(UUID_FORM);
    }

    @Test
    void aRequestIdOfSixtyFourSafeCharactersIsKept() {
        String longest = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._";

        MvcTestResult result = mvc.get().uri("/api/test/pages?size=1").header("X-API-Key", ACME_KEY)
                .header("X-Request-Id", longest).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).headers().hasValue("X-Request-Id", longest);
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneAlsoWhenSecurityRefusesIt() {
        MvcTestResult result = mvc.post().uri("/api/test/probes").contentType(MediaType.APPLICATION_JSON).content("{}")
                .exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result.getResponse().getHeader("X-Request-Id")).matches(UUID_FORM);
    }
}

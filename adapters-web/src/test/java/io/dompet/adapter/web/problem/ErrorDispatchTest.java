package io.dompet.adapter.web.problem;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.WebAdapterTestApplication;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Errors the servlet container dispatches to {@code /error}, below Spring MVC, are problems too. */
@SpringBootTest(classes = WebAdapterTestApplication.class)
@AutoConfigureMockMvc
class ErrorDispatchTest {

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult errorDispatch(int status, Throwable exception) {
        return errorDispatch("/api/v1/wallets/081234567890", status, exception);
    }

    private MvcTestResult errorDispatch(String originalUri, int status, Throwable exception) {
        return mvc.get().uri("/error")
                .with(request -> {
                    request.setDispatcherType(DispatcherType.ERROR);
                    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
                    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, originalUri);
                    if (exception != null) {
                        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, exception);
                    }
                    return request;
                })
                .exchange();
    }

    @Test
    void aContainerErrorOfStatus400IsAnInvalidRequestProblemWithoutThePath() {
        MvcTestResult result = errorDispatch(400, null);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyText().doesNotContain("081234567890");
    }

    @Test
    void aContainerErrorOfStatus500IsAnInternalErrorProblemWithoutTheException() {
        MvcTestResult result = errorDispatch(500, new IllegalStateException("filter exploded: password=hunter2"));

        assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(result).bodyText().doesNotContain("hunter2").doesNotContain("exploded");
    }

    @Test
    void aContainerErrorOfAFinpayCallbackIsAnsweredInFinpayFormatNotAsAProblem() {
        MvcTestResult result = errorDispatch("/callbacks/finpay/top-up", 500, new IllegalStateException("password=hunter2"));

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(result).contentType().isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {"responseCode": "5000000", "responseMessage": "General Error"}""", JsonCompareMode.STRICT);
    }

    @Test
    void aContainerErrorOfStatus400OfAFinpayCallbackIsAFinpayBadRequest() {
        MvcTestResult result = errorDispatch("/callbacks/finpay/top-up", 400, null);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).contentType().isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {"responseCode": "4000000", "responseMessage": "Bad Request"}""", JsonCompareMode.STRICT);
    }

    @Test
    void theErrorPathCannotBeRequestedDirectly() {
        assertProblem(mvc.get().uri("/error").exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }
}

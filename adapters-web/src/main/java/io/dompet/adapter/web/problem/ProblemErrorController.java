package io.dompet.adapter.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page and JSON: an error the servlet container dispatches to {@code /error} (a
 * {@code sendError} below Spring MVC, e.g. a request rejected by the firewall) becomes a problem of its status too.
 * Boot's default body would carry the request path, and paths carry phone numbers. Hidden from the API description.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatusCode code = HttpStatusCode.valueOf(status instanceof Integer value && value >= 400 && value <= 599 ? value : 500);
        throw new ErrorResponseException(code, cause instanceof Throwable throwable ? throwable : null);
    }
}

package io.dompet.adapter.web.problem;

import io.dompet.adapter.web.callback.FinpayCallbackAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report, as a problem: Tomcat refuses some requests before any servlet sees them (a path with
 * {@code %00}, an encoded slash or backslash, an invalid character or escape) and would answer them with its own HTML
 * page. This valve replaces Tomcat's {@link ErrorReportValve} on the host and writes the same RFC 9457
 * {@code application/problem+json} document as every other error instead ({@code invalid-request} for a 400), or, below
 * {@value FinpayCallbackAnswer#CALLBACKS}, Finpay's answer format. It writes only what nothing else wrote: an error
 * Spring MVC answered already keeps its answer. Hand-written because Tomcat offers no JSON problem report; it needs
 * Tomcat's valve API, which is why it is a valve and not a Spring component.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Puts this valve in place of Tomcat's error report valve on the host of {@code context}, before any request is
     * served; for a {@code TomcatContextCustomizer}.
     */
    public static void installOnHostOf(Context context) {
        context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.removeValve(valve);
                    }
                }
                if (!(hasProblemValve(host))) {
                    host.addValve(new ProblemErrorReportValve());
                }
            }
        });
    }

    private static boolean hasProblemValve(Pipeline pipeline) {
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ProblemErrorReportValve) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's valve: only an error, only when nothing was written, only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean callback = uri != null && uri.startsWith(FinpayCallbackAnswer.CALLBACKS);
        try {
            byte[] body = callback ? JSON.writeValueAsBytes(FinpayCallbackAnswer.forStatus(status)) : problem(status);
            response.setContentType((callback ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON).toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem document of a request Tomcat refused with {@code status}; it never repeats the request. */
    static byte[] problem(int status) {
        ProblemDetail problem;
        if (status == HttpStatus.BAD_REQUEST.value()) {
            problem = Problems.invalidRequest("The request's path or query has characters, escapes or encoded slashes "
                    + "that are not allowed.");
        } else if (status >= 500) {
            problem = Problems.of(ProblemType.INTERNAL_ERROR, "The server failed to handle the request.");
            problem.setStatus(status);
        } else {
            problem = Problems.forStatus(HttpStatusCode.valueOf(status));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", problem.getType().toString());
        document.put("title", problem.getTitle());
        document.put("status", problem.getStatus());
        document.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            document.putAll(problem.getProperties());
        }
        document.put("instance", String.valueOf(problem.getInstance()));
        return JSON.writeValueAsBytes(document);
    }
}

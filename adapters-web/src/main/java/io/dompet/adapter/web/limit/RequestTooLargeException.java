package io.dompet.adapter.web.limit;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;

/** The request body is larger than the API takes (413, type {@code request-too-large}); nothing was done. */
public final class RequestTooLargeException extends ProblemException {

    RequestTooLargeException(int maxBytes) {
        super(ProblemType.REQUEST_TOO_LARGE, "The request body is larger than the " + maxBytes
                + " bytes this API takes; nothing was done.");
    }
}

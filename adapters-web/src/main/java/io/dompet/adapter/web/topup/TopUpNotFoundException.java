package io.dompet.adapter.web.topup;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.topup.TopUpId;

/** No top-up has this id (404, type {@code top-up-not-found}). */
public class TopUpNotFoundException extends ProblemException {

    public TopUpNotFoundException(TopUpId id) {
        super(ProblemType.TOP_UP_NOT_FOUND, "No top-up " + id + " is known.");
    }
}

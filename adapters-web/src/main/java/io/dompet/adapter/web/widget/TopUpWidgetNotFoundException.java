package io.dompet.adapter.web.widget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.widget.TopUpWidgetSessionId;

/** No top-up widget session has this id (404, type {@code top-up-widget-not-found}). */
public class TopUpWidgetNotFoundException extends ProblemException {

    public TopUpWidgetNotFoundException(TopUpWidgetSessionId id) {
        super(ProblemType.TOP_UP_WIDGET_NOT_FOUND, "No top-up widget " + id + " is known.");
    }
}

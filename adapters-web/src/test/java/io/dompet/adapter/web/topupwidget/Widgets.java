package io.dompet.adapter.web.topupwidget;

import io.dompet.adapter.web.topup.TopUps;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.time.Instant;

/** Widget sessions in each state, for the web tests: the customer of {@link TopUps}, fixed ids and times. */
final class Widgets {

    static final String CUSTOMER = TopUps.CUSTOMER;
    static final String CUSTOMER_INTERNATIONAL = TopUps.CUSTOMER_INTERNATIONAL;
    static final String ID = "5f0c2a9e-8b1d-4c3e-9a7f-1e2d3c4b5a69";
    static final String TRANS_NUMBER = "DPW7Q2M9X4K1";
    static final String WIDGET_URL =
            "https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=0606823ebb919f12480d134564aff352";
    static final Instant REQUESTED_AT = Instant.parse("2024-04-17T05:03:38Z");
    static final Instant ISSUED_AT = Instant.parse("2024-04-17T05:03:39.250Z");

    private Widgets() {
    }

    static TopUpWidgetSession requested() {
        return TopUpWidgetSession.request(TopUpWidgetSessionId.parse(ID), TRANS_NUMBER, PhoneNumber.parse(CUSTOMER),
                REQUESTED_AT);
    }

    static TopUpWidgetSession open() {
        return requested().open(WIDGET_URL, ISSUED_AT);
    }

    static TopUpWidgetSession failed(String code, String message) {
        return requested().fail(new FinpayFailure(code, message), ISSUED_AT);
    }

    static TopUpWidgetSession completedBy(TopUp topUp) {
        return open().complete(topUp.id(), ISSUED_AT.plusSeconds(600));
    }
}

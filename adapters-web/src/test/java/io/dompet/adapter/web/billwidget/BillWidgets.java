package io.dompet.adapter.web.billwidget;

import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Bill widgets in each state, for the web tests: fixed ids, times, token and bill. */
final class BillWidgets {

    static final String ID = "7d1e3f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6";
    static final String TRX_ID = "DPB7Q2M9X4K1";
    static final String UNIQ_KEY = "UQ7Q2M9X4K1";
    static final String TOKEN = "b7f3c9e1d2a4481f9e0c5a6b7d8e9f10";
    static final String REDIRECT_URL = "https://demos.finnet.co.id/apicobrand/widget/bill.php?access=" + TOKEN;
    static final String BPJS = "080003";
    static final String PLN = "100001";
    static final Instant REQUESTED_AT = Instant.parse("2024-04-17T05:03:38Z");
    static final Instant ISSUED_AT = Instant.parse("2024-04-17T05:03:39.250Z");
    static final Duration TIMEOUT = Duration.ofHours(1);

    static final String BILL_NUMBER = "0001234567890";
    static final String CUSTOMER_NAME = "Budi Santoso";
    static final String CUSTOMER_PHONE = "081234567890";
    static final String CUSTOMER_EMAIL = "budi@example.com";
    static final BillInfo BILL = new BillInfo(BILL_NUMBER, Money.parse("150000.00"), "202404", CUSTOMER_NAME,
            CUSTOMER_PHONE, CUSTOMER_EMAIL);

    static final List<Biller> CATALOGUE = List.of(
            new Biller(new ProductCode(BPJS), "BPJS Kesehatan", "Health insurance"),
            new Biller(new ProductCode(PLN), "PLN Postpaid", "Electricity"));

    private BillWidgets() {
    }

    static BillWidget requested() {
        return BillWidget.request(BillWidgetId.parse(ID), TRX_ID, UNIQ_KEY,
                List.of(new ProductCode(BPJS), new ProductCode(PLN)), BILL, true, TIMEOUT,
                "https://merchant.example/bills", "https://merchant.example/bills/paid", REQUESTED_AT);
    }

    static BillWidget issued() {
        return requested().issue(REDIRECT_URL, TOKEN, ISSUED_AT);
    }

    static BillWidget failed(String code, String message) {
        return requested().fail(new FinpayFailure(code, message), ISSUED_AT);
    }
}

package io.dompet.application.port.out;

import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;

/** Fresh identifiers; uniqueness is finally guaranteed by the database's constraints. */
public interface ReferenceGeneratorPort {

    TopUpId newTopUpId();

    PartnerReferenceNo newPartnerReferenceNo();

    TopUpWidgetSessionId newWidgetSessionId();

    /** A Finpay Money {@code transNumber}: letters and digits, at most 100, unique across dompet instances. */
    String newTransNumber();

    BillWidgetId newBillWidgetId();

    /** A bill widget {@code trxId} or {@code uniqKey}: letters and digits, at most 32, unique. */
    String newBillWidgetKey();
}

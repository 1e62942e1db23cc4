package io.dompet.application.port.in;

import io.dompet.domain.billwidget.Biller;
import java.util.List;

/** The biller catalogue. */
public interface ListBillersQuery {

    List<Biller> listBillers();
}

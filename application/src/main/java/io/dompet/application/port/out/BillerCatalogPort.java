package io.dompet.application.port.out;

import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.billwidget.ProductCode;
import java.util.Collection;
import java.util.List;

/** The biller catalogue, kept as data (a table), not code. */
public interface BillerCatalogPort {

    List<Biller> listBillers();

    /** The codes among {@code codes} that the catalogue does not know, in the order given. */
    List<ProductCode> unknownProductCodes(Collection<ProductCode> codes);
}

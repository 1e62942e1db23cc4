package io.dompet.application.service;

import io.dompet.application.port.in.ListBillersQuery;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.domain.billwidget.Biller;
import java.util.List;
import java.util.Objects;

/** Answers {@link ListBillersQuery} from the catalogue table. */
public final class ListBillersService implements ListBillersQuery {

    private final BillerCatalogPort catalog;
    private final TransactionPort transactions;

    public ListBillersService(BillerCatalogPort catalog, TransactionPort transactions) {
        this.catalog = Objects.requireNonNull(catalog);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<Biller> listBillers() {
        return transactions.inTransaction(catalog::listBillers);
    }
}

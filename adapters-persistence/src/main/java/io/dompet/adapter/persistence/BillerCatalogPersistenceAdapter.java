package io.dompet.adapter.persistence;

import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.billwidget.ProductCode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The biller catalogue in the {@code biller} table (migration V6 seeds it; adding a biller is an insert, not a
 * release). Billers are listed by category, then code, both compared byte by byte ({@code COLLATE "C"}) so that the
 * order does not depend on the database's locale.
 */
public class BillerCatalogPersistenceAdapter implements BillerCatalogPort {

    private final JdbcClient jdbc;

    public BillerCatalogPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public List<Biller> listBillers() {
        return jdbc.sql("""
                        select code, name, category
                          from biller
                         order by category collate "C", code collate "C"
                        """)
                .query((rs, rowNumber) -> new Biller(new ProductCode(rs.getString("code")), rs.getString("name"),
                        rs.getString("category")))
                .list();
    }

    /** In one statement; a code given twice and unknown is answered twice, each time where it was given. */
    @Override
    public List<ProductCode> unknownProductCodes(Collection<ProductCode> codes) {
        String[] given = Objects.requireNonNull(codes, "codes").stream()
                .map(code -> Objects.requireNonNull(code, "code").value()).toArray(String[]::new);
        if (given.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select given.code
                          from unnest(cast(:codes as text[])) with ordinality as given (code, position)
                         where not exists (select 1 from biller where biller.code = given.code)
                         order by given.position
                        """)
                .param("codes", given)
                .query((rs, rowNumber) -> new ProductCode(rs.getString("code")))
                .list();
    }
}

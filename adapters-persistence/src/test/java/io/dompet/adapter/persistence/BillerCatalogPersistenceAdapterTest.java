package io.dompet.adapter.persistence;

import static io.dompet.domain.billwidget.BillWidgets.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.billwidget.ProductCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class BillerCatalogPersistenceAdapterTest {

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final BillerCatalogPersistenceAdapter adapter = new BillerCatalogPersistenceAdapter(jdbc);

    private static Biller biller(String code, String name, String category) {
        return new Biller(new ProductCode(code), name, category);
    }

    @Test
    void theCatalogueListsTheSeededBillersByCategoryThenCode() {
        assertThat(adapter.listBillers()).containsExactly(
                biller("070001", "PLN Postpaid", "electricity"),
                biller("070002", "PLN Prepaid", "electricity"),
                biller("080003", "BPJS Kesehatan", "health insurance"),
                biller("020013", "Adira Finance", "multifinance"),
                biller("050017", "PNBP", "state revenue"),
                biller("001001", "Telkom", "telephone"),
                biller("010001", "Postpaid mobile", "telephone"),
                biller("503000", "PDAM", "water"));
    }

    @Test
    void aBillerAddedToTheTableIsListedWithoutARelease() {
        try {
            jdbc.sql("insert into biller (code, name, category) values ('999001', 'Test Biller', 'electricity')")
                    .update();

            assertThat(adapter.listBillers()).containsSubsequence(biller("070002", "PLN Prepaid", "electricity"),
                    biller("999001", "Test Biller", "electricity"),
                    biller("080003", "BPJS Kesehatan", "health insurance"));
            assertThat(adapter.unknownProductCodes(codes("999001"))).isEmpty();
        } finally {
            jdbc.sql("delete from biller where code = '999001'").update();
        }
    }

    @Test
    void unknownProductCodesAreExactlyTheUnknownOnesInTheOrderGiven() {
        List<ProductCode> given = codes("999999", "080003", "123456", "070001", "000000", "503000", "050018");

        assertThat(adapter.unknownProductCodes(given)).containsExactly(new ProductCode("999999"),
                new ProductCode("123456"), new ProductCode("000000"), new ProductCode("050018"));
    }

    @Test
    void everySeededCodeIsKnown() {
        List<ProductCode> seeded = codes("080003", "070001", "070002", "503000", "001001", "010001", "020013",
                "050017");

        assertThat(adapter.unknownProductCodes(seeded)).isEmpty();
    }

    @Test
    void anUnknownCodeGivenTwiceIsAnsweredWhereverItWasGiven() {
        assertThat(adapter.unknownProductCodes(codes("111111", "080003", "111111")))
                .containsExactly(new ProductCode("111111"), new ProductCode("111111"));
    }

    @Test
    void noCodesHaveNoUnknownOnes() {
        assertThat(adapter.unknownProductCodes(List.of())).isEmpty();
        assertThat(adapter.unknownProductCodes(Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "('12345', 'Short', 'electricity')",
            "('12345A', 'Letter', 'electricity')",
            "('999002', ' ', 'electricity')",
            "('999003', 'No category', '')",
            "('080003', 'Twice', 'health insurance')",
            "('999004', null, 'electricity')",
    })
    void theCatalogueRefusesABillerTheDomainCouldNotLoad(String values) {
        try {
            assertThatThrownBy(() -> jdbc.sql("insert into biller (code, name, category) values " + values).update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.sql("delete from biller where code like '9990%'").update();
        }
        assertThat(adapter.listBillers()).hasSize(8);
    }
}

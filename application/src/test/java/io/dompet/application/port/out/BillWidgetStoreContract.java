package io.dompet.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BillWidgetStorePort} promises, run against the in-memory fake (application's tests) and the
 * PostgreSQL adapter (adapters-persistence's tests). A subclass supplies an empty store.
 */
public abstract class BillWidgetStoreContract<S extends BillWidgetStorePort> {

    private static final String CUSTOMER_NAME = "Siti Nurhaliza";
    private static final BillInfo BILL = new BillInfo("0001234567890", Money.parse("125000.50"), "202611",
            CUSTOMER_NAME, "081234567890", "siti.nurhaliza@example.co.id");
    private static final List<ProductCode> CODES = List.of(new ProductCode("080003"), new ProductCode("070001"));
    /** Whole microseconds, as PostgreSQL keeps them. */
    private static final Instant T0 = Instant.parse("2026-11-24T05:30:00.123456Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private S store;

    /** An empty store. */
    protected abstract S emptyStore();

    @BeforeEach
    void newStore() {
        store = emptyStore();
    }

    @Test
    void anInsertedWidgetLoadsAsStoredAtVersionZeroWhateverVersionItCarries() {
        BillWidget stored = store.insertBillWidget(requested(key("T"), key("U")).withVersion(3));

        assertThat(stored.version()).isZero();
        assertThat(store.loadBillWidget(stored.id())).get().usingRecursiveComparison().isEqualTo(stored);
        assertThat(store.loadBillWidget(new BillWidgetId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAndRaisesTheVersionByOne() {
        BillWidget stored = store.insertBillWidget(requested(key("T"), key("U")));

        BillWidget issued = store.updateBillWidget(stored.issue("https://devo.finnet.co.id/widget/bill?token=t1", "t1",
                T0.plusSeconds(1)));

        assertThat(issued.version()).isEqualTo(1);
        assertThat(store.loadBillWidget(stored.id())).get().usingRecursiveComparison().isEqualTo(issued);
    }

    @Test
    void ofTwoWritersOfTheSameVersionTheSecondIsStaleAndChangesNothing() {
        BillWidget stored = store.insertBillWidget(requested(key("T"), key("U")));
        BillWidget winner = store.updateBillWidget(stored.issue("https://devo.finnet.co.id/widget/bill?token=t1", "t1",
                T0.plusSeconds(1)));

        assertThatThrownBy(() -> store.updateBillWidget(stored.fail(new FinpayFailure("05", "refused"), T0)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining(stored.id().toString())
                .hasMessageContaining("version 0")
                .hasMessageNotContaining(CUSTOMER_NAME);
        assertThatThrownBy(() -> store.updateBillWidget(winner.withVersion(5)))
                .as("a version from the future is stale too").isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> store.updateBillWidget(requested(key("T"), key("U"))))
                .as("a widget never stored is stale").isInstanceOf(StaleRecordException.class);
        assertThat(store.loadBillWidget(stored.id())).get().usingRecursiveComparison().isEqualTo(winner);
    }

    @Test
    void aSecondWidgetWithTheSameTrxIdUniqKeyOrIdIsADuplicate() {
        BillWidget first = store.insertBillWidget(requested(key("T"), key("U")));

        assertThatThrownBy(() -> store.insertBillWidget(requested(first.trxId(), key("U"))))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(first.trxId())
                .hasMessageNotContaining(CUSTOMER_NAME);
        assertThatThrownBy(() -> store.insertBillWidget(requested(key("T"), first.uniqKey())))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageNotContaining(first.uniqKey());
        assertThatThrownBy(() -> store.insertBillWidget(BillWidget.request(first.id(), key("T"), key("U"), CODES, null,
                false, Duration.ofMinutes(15), "https://merchant.example/back", "https://merchant.example/return", T0)))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(store.loadBillWidget(first.id())).get().usingRecursiveComparison().isEqualTo(first);
    }

    private static BillWidget requested(String trxId, String uniqKey) {
        return BillWidget.request(new BillWidgetId(UUID.randomUUID()), trxId, uniqKey, CODES, BILL, true,
                Duration.ofMinutes(15), "https://merchant.example/back", "https://merchant.example/return", T0);
    }

    /** Letters and digits, unique in the test run. */
    private static String key(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "X" + System.nanoTime();
    }
}

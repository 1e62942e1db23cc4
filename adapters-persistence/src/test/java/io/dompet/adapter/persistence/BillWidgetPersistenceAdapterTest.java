package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.billwidget.BillWidgets.BACK_URL;
import static io.dompet.domain.billwidget.BillWidgets.REDIRECT_URL;
import static io.dompet.domain.billwidget.BillWidgets.RETURN_URL;
import static io.dompet.domain.billwidget.BillWidgets.TOKEN;
import static io.dompet.domain.billwidget.BillWidgets.assertSameFields;
import static io.dompet.domain.billwidget.BillWidgets.codes;
import static io.dompet.domain.billwidget.BillWidgets.key;
import static io.dompet.domain.billwidget.BillWidgets.widget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.StaleRecordException;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.billwidget.BillWidgetStatus;
import io.dompet.domain.billwidget.BillWidgets;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

class BillWidgetPersistenceAdapterTest {

    private static final String CUSTOMER_NAME = "Siti Nurhaliza";
    private static final String CUSTOMER_PHONE = "081234567890";
    private static final String CUSTOMER_EMAIL = "siti.nurhaliza@example.co.id";
    /** Every field of a bill, personal data included. */
    private static final BillInfo FULL_BILL = new BillInfo("0001234567890", Money.parse("125000.50"), "202611",
            CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_EMAIL);
    /** In an order that is neither sorted nor the catalogue's. */
    private static final List<ProductCode> CODES = codes("503000", "080003", "070001");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final BillWidgetPersistenceAdapter adapter = new BillWidgetPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    /** A widget of {@link #CODES} with {@link #FULL_BILL}. */
    private static BillWidgets.Builder full() {
        return widget().productCodes(CODES).billInfo(FULL_BILL);
    }

    @BeforeEach
    void emptyTable() {
        // nothing refers to bill_widget, and bill_widget refers to nothing
        jdbc.sql("delete from bill_widget").update();
    }

    // --- every field survives a round trip -------------------------------------------------------------------

    static Stream<Named<BillWidget>> widgetsInEveryState() {
        List<ProductCode> manyCodes = IntStream.range(0, 999).mapToObj(i -> new ProductCode("%06d".formatted(998 - i)))
                .toList();
        return Stream.of(
                Named.of("REQUESTED with every field of the bill", full().requestedAt(T0).requested()),
                Named.of("REQUESTED without a bill", widget().productCodes(CODES).requestedAt(T0).requested()),
                Named.of("REQUESTED with a bill number only", widget().productCodes("050017")
                        .billInfo(new BillInfo("A1", null, null, null, null, null)).requestedAt(T0).requested()),
                Named.of("REQUESTED with a bill of amount zero", widget().productCodes("070002")
                        .billInfo(new BillInfo("NO1", Money.ZERO, null, null, null, null)).requestedAt(T0).requested()),
                Named.of("REQUESTED with the largest amount and the longest values", widget().productCodes(CODES)
                        .billInfo(new BillInfo("B".repeat(32), Money.parse("999999999999999.99"), "P".repeat(10),
                                "Ñame ✓ – 名前 " + "n".repeat(88), "123456789012345",
                                "a".repeat(88) + "@example.com")).requestedAt(T0).requested()),
                Named.of("REQUESTED without notification, shortest timeout, longest keys and URLs",
                        BillWidget.request(new BillWidgetId(UUID.randomUUID()), "T".repeat(32), "U".repeat(32),
                                codes("010001"), null, false, Duration.ofSeconds(30),
                                "https://b.example/" + "x".repeat(82), "http://r.example/" + "y".repeat(83), T0)),
                Named.of("REQUESTED with 999 product codes, descending", BillWidget.request(
                        new BillWidgetId(UUID.randomUUID()), key("T"), key("U"), manyCodes, null, true,
                        Duration.ofHours(24), BACK_URL, RETURN_URL, T0)),
                Named.of("ISSUED with its token", full().requestedAt(T0.minusMillis(300)).issued(T0)),
                Named.of("ISSUED without a token",
                        full().requestedAt(T0).requested().issue(REDIRECT_URL, null, T0.plusSeconds(1))),
                Named.of("ISSUED with a 2048-character redirect URL and a 2048-character token",
                        widget().productCodes(CODES).requestedAt(T0).requested()
                                .issue("https://devo.finnet.co.id/w?t=" + "Z".repeat(2048 - 30),
                                        "K".repeat(2048), T0.plusSeconds(1))),
                Named.of("EXPIRED as stored", BillWidget.reconstitute(new BillWidgetId(UUID.randomUUID()), key("T"),
                        key("U"), CODES, FULL_BILL, true, Duration.ofMinutes(5), BACK_URL, RETURN_URL,
                        BillWidgetStatus.EXPIRED, REDIRECT_URL, TOKEN, null, T0, T0.plusSeconds(1), 0)),
                Named.of("FAILED with Finpay's refusal", full().requestedAt(T0).requested()
                        .fail(new FinpayFailure("4017300", "Produk tidak tersedia – not available ✓ " + "x".repeat(300)),
                                T0.plusSeconds(1))),
                Named.of("FAILED with dompet's code and an empty message",
                        widget().productCodes(CODES).requestedAt(T0).requested()
                                .fail(new FinpayFailure("DOMPET_BILL_WIDGET_UNAVAILABLE", ""), T0.plusSeconds(15))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("widgetsInEveryState")
    void aStoredWidgetLoadsWithEveryField(BillWidget widget) {
        BillWidget inserted = transactions.inTransaction(() -> adapter.insertBillWidget(widget));

        assertSameFields(inserted, widget);
        assertSameFields(adapter.loadBillWidget(widget.id()).orElseThrow(), widget);
    }

    @Test
    void theProductCodesKeepTheOrderTheyWereGivenIn() {
        BillWidget widget = widget().productCodes("503000", "001001", "080003", "010001").requestedAt(T0).requested();

        adapter.insertBillWidget(widget);

        assertThat(adapter.loadBillWidget(widget.id()).orElseThrow().productCodes())
                .containsExactly(new ProductCode("503000"), new ProductCode("001001"), new ProductCode("080003"),
                        new ProductCode("010001"));
    }

    @Test
    void theBillIsStoredInItsOwnColumns() {
        BillWidget widget = adapter.insertBillWidget(full().requestedAt(T0).requested());

        assertThat(jdbc.sql("""
                        select bill_number || '|' || bill_amount || '|' || bill_period || '|' || bill_customer_name
                               || '|' || bill_customer_phone || '|' || bill_customer_email || '|' || timeout_seconds
                               || '|' || array_to_string(product_codes, ',')
                          from bill_widget where id = :id
                        """).param("id", widget.id().value()).query(String.class).single())
                .isEqualTo("0001234567890|125000.50|202611|" + CUSTOMER_NAME + "|" + CUSTOMER_PHONE + "|"
                        + CUSTOMER_EMAIL + "|900|503000,080003,070001");
    }

    @Test
    void aWidgetWithoutABillLeavesEveryBillColumnNull() {
        BillWidget widget = adapter.insertBillWidget(widget().productCodes(CODES).requestedAt(T0).requested());

        assertThat(jdbc.sql("""
                        select num_nulls(bill_number, bill_amount, bill_period, bill_customer_name,
                                         bill_customer_phone, bill_customer_email)
                          from bill_widget where id = :id
                        """).param("id", widget.id().value()).query(Integer.class).single()).isEqualTo(6);
        assertThat(adapter.loadBillWidget(widget.id()).orElseThrow().billInfo()).isEmpty();
    }

    @Test
    void updatesStoreEveryChangeAndRaiseTheVersionByOne() {
        BillWidget stored =
                transactions.inTransaction(() -> adapter.insertBillWidget(full().requestedAt(T0).requested()));
        BillWidget issued = transactions.inTransaction(() ->
                adapter.updateBillWidget(stored.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(1))));
        BillWidget failed = transactions.inTransaction(() -> adapter.updateBillWidget(adapter.insertBillWidget(
                widget().productCodes(CODES).requestedAt(T0).requested())
                .fail(new FinpayFailure("5007300", "system error"), T0.plusSeconds(2))));

        assertThat(List.of(stored, issued)).extracting(BillWidget::version).containsExactly(0L, 1L);
        assertSameFields(issued, stored.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(1)).withVersion(1));
        assertSameFields(adapter.loadBillWidget(stored.id()).orElseThrow(), issued);
        assertThat(issued.storedStatus()).isEqualTo(BillWidgetStatus.ISSUED);
        assertThat(issued.token()).contains(TOKEN);
        assertThat(failed.version()).isEqualTo(1);
        assertSameFields(adapter.loadBillWidget(failed.id()).orElseThrow(), failed);
        assertThat(failed.storedStatus()).isEqualTo(BillWidgetStatus.FAILED);
        assertThat(failed.failure()).contains(new FinpayFailure("5007300", "system error"));
    }

    @Test
    void anUpdateWritesOnlyWhatCanChange() {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0).requested());
        BillWidget otherKeysAndBill = BillWidget.reconstitute(stored.id(), key("T"), key("U"), codes("020013"), null,
                false, Duration.ofHours(1), "https://elsewhere.example/b", "https://elsewhere.example/r",
                BillWidgetStatus.REQUESTED, null, null, null, T0.plusSeconds(99), null, stored.version());

        BillWidget updated = adapter.updateBillWidget(otherKeysAndBill.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(1)));

        assertSameFields(updated, stored.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(1)).withVersion(1));
    }

    @Test
    void insertStoresVersionZeroWhateverTheWidgetCarries() {
        BillWidget inserted = adapter.insertBillWidget(full().requestedAt(T0).requested().withVersion(7));

        assertThat(inserted.version()).isZero();
        assertThat(adapter.loadBillWidget(inserted.id()).orElseThrow().version()).isZero();
    }

    @Test
    void instantsAreTruncatedToMicrosecondsSoThatWhatIsReturnedIsWhatLoads() {
        Instant nanos = Instant.parse("2026-11-24T05:30:00.123456789Z");
        BillWidget inserted = adapter.insertBillWidget(full().requestedAt(nanos).requested());
        BillWidget issued = adapter.updateBillWidget(inserted.issue(REDIRECT_URL, TOKEN, nanos.plusNanos(999)));

        assertThat(inserted.requestedAt()).as("truncated, not rounded")
                .isEqualTo(Instant.parse("2026-11-24T05:30:00.123456Z"));
        assertThat(issued.issuedAt()).contains(Instant.parse("2026-11-24T05:30:00.123457Z"));
        assertSameFields(adapter.loadBillWidget(inserted.id()).orElseThrow(), issued);
    }

    @Test
    void instantsDoNotDependOnTheSessionTimeZone() {
        BillWidget widget = full().requestedAt(T0.minusMillis(300)).issued(T0);
        BillWidgetPersistenceAdapter jakarta = new BillWidgetPersistenceAdapter(
                JdbcClient.create(PostgresTestDatabase.dataSourceInTimeZone("Asia/Jakarta")));

        jakarta.insertBillWidget(widget);

        assertSameFields(adapter.loadBillWidget(widget.id()).orElseThrow(), widget);
        assertThat(jdbc.sql("select issued_at = timestamptz '2026-11-24 12:30:00.123456+07' from bill_widget")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aTimeoutWithAFractionOfASecondIsRefusedRatherThanRounded() {
        BillWidget widget = BillWidget.request(new BillWidgetId(UUID.randomUUID()), key("T"), key("U"), CODES, null,
                true, Duration.ofMillis(30_500), BACK_URL, RETURN_URL, T0);

        assertThatThrownBy(() -> adapter.insertBillWidget(widget))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
        assertThat(count()).isZero();
    }

    @Test
    void anUnknownWidgetIsEmpty() {
        assertThat(adapter.loadBillWidget(new BillWidgetId(UUID.randomUUID()))).isEmpty();
    }

    // --- optimistic locking ----------------------------------------------------------------------------------

    @Test
    void ofTwoWritersOfTheSameVersionTheFirstWinsAndTheSecondIsStale() {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0).requested());
        BillWidget copyA = adapter.loadBillWidget(stored.id()).orElseThrow();
        BillWidget copyB = adapter.loadBillWidget(stored.id()).orElseThrow();

        BillWidget winner = transactions.inTransaction(() ->
                adapter.updateBillWidget(copyA.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(1))));

        assertThatThrownBy(() -> transactions.inTransaction(() ->
                adapter.updateBillWidget(copyB.fail(new FinpayFailure("4017300", "refused"), T0.plusSeconds(2)))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageStartingWith("stale")
                .hasMessageContaining(stored.id().toString())
                .hasMessageContaining("version 0")
                .hasMessageNotContaining(CUSTOMER_NAME)
                .hasMessageNotContaining(CUSTOMER_PHONE)
                .hasMessageNotContaining(CUSTOMER_EMAIL);
        BillWidget loaded = adapter.loadBillWidget(stored.id()).orElseThrow();
        assertThat(winner.version()).isEqualTo(1);
        assertSameFields(loaded, winner);
        assertThat(loaded.storedStatus()).isEqualTo(BillWidgetStatus.ISSUED);
        assertThat(loaded.failure()).isEmpty();
    }

    @Test
    void aStaleUpdateChangesNothingEvenInsideALargerTransaction() {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0).requested());
        BillWidget current = adapter.updateBillWidget(stored.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(1)));
        BillWidget other = adapter.insertBillWidget(full().requestedAt(T0).requested());

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            adapter.updateBillWidget(other.issue(REDIRECT_URL, TOKEN, T0.plusSeconds(2)));
            return adapter.updateBillWidget(stored.fail(new FinpayFailure("4017300", "late"), T0.plusSeconds(2)));
        })).isInstanceOf(StaleRecordException.class).hasMessageStartingWith("stale");
        assertThatThrownBy(() -> adapter.updateBillWidget(current.withVersion(5)))
                .as("a version from the future is stale too").isInstanceOf(StaleRecordException.class)
                .hasMessageStartingWith("stale");

        assertSameFields(adapter.loadBillWidget(stored.id()).orElseThrow(), current);
        assertSameFields(adapter.loadBillWidget(other.id()).orElseThrow(), other);
    }

    @Test
    void updatingAWidgetThatWasNeverStoredIsStale() {
        assertThatThrownBy(() -> adapter.updateBillWidget(full().requestedAt(T0).requested()))
                .isInstanceOf(StaleRecordException.class).hasMessageStartingWith("stale");
        assertThat(count()).isZero();
    }

    // --- uniqueness ------------------------------------------------------------------------------------------

    @Test
    void aSecondWidgetWithTheSameTrxIdIsRefusedNamingTheConstraintOnly() {
        BillWidget first = adapter.insertBillWidget(full().requestedAt(T0).requested());
        BillWidget sameTrxId = BillWidget.request(new BillWidgetId(UUID.randomUUID()), first.trxId(), key("U"),
                CODES, FULL_BILL, true, Duration.ofMinutes(15), BACK_URL, RETURN_URL, T0.plusSeconds(1));

        assertThatThrownBy(() -> transactions.inTransaction(() -> adapter.insertBillWidget(sameTrxId)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("trxId")
                .hasMessageContaining(BillWidgetPersistenceAdapter.TRX_ID_CONSTRAINT)
                .hasMessageNotContaining(first.trxId())
                .hasMessageNotContaining(CUSTOMER_NAME)
                .hasMessageNotContaining(CUSTOMER_PHONE)
                .hasMessageNotContaining(CUSTOMER_EMAIL)
                .hasNoCause();
        assertThat(count()).isEqualTo(1);
        assertSameFields(adapter.loadBillWidget(first.id()).orElseThrow(), first);
    }

    @Test
    void aSecondWidgetWithTheSameUniqKeyIsRefusedNamingTheConstraintOnly() {
        BillWidget first = adapter.insertBillWidget(full().requestedAt(T0).requested());
        BillWidget sameUniqKey = BillWidget.request(new BillWidgetId(UUID.randomUUID()), key("T"), first.uniqKey(),
                CODES, FULL_BILL, true, Duration.ofMinutes(15), BACK_URL, RETURN_URL, T0.plusSeconds(1));

        assertThatThrownBy(() -> transactions.inTransaction(() -> adapter.insertBillWidget(sameUniqKey)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("uniqKey")
                .hasMessageContaining(BillWidgetPersistenceAdapter.UNIQ_KEY_CONSTRAINT)
                .hasMessageNotContaining(first.uniqKey())
                .hasMessageNotContaining(CUSTOMER_NAME)
                .hasMessageNotContaining(CUSTOMER_PHONE)
                .hasMessageNotContaining(CUSTOMER_EMAIL)
                .hasNoCause();
        assertThat(count()).isEqualTo(1);
        assertSameFields(adapter.loadBillWidget(first.id()).orElseThrow(), first);
    }

    @Test
    void aSecondWidgetWithTheSameIdIsRefused() {
        BillWidget first = adapter.insertBillWidget(full().requestedAt(T0).requested());
        BillWidget sameId = BillWidget.request(first.id(), key("T"), key("U"), CODES, null, true,
                Duration.ofMinutes(15), BACK_URL, RETURN_URL, T0);

        assertThatThrownBy(() -> adapter.insertBillWidget(sameId))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining(BillWidgetPersistenceAdapter.PRIMARY_KEY_CONSTRAINT)
                .hasMessageNotContaining(first.id().toString())
                .hasNoCause();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aTokenLongerThanTheColumnIsRefusedWithoutQuotingItOrTheBill() {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0).requested());
        String tooLong = "K".repeat(2049);

        assertThatThrownBy(() -> adapter.updateBillWidget(stored.issue(REDIRECT_URL, tooLong, T0.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(tooLong)
                .hasMessageNotContaining(CUSTOMER_NAME)
                .hasNoCause();
        assertSameFields(adapter.loadBillWidget(stored.id()).orElseThrow(), stored);
    }

    // --- the table's own rules -------------------------------------------------------------------------------

    /** Each change is refused by the named constraint ({@code not null}: by a column's not-null constraint). */
    @ParameterizedTest(name = "{0} is refused by {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            status = 'UNKNOWN'|bill_widget_status_check
            status = 'ISSUED'|bill_widget_issued_has_redirect_url
            status = 'ISSUED', redirect_url = 'https://w'|bill_widget_issued_has_redirect_url
            status = 'ISSUED', issued_at = now()|bill_widget_issued_has_redirect_url
            status = 'EXPIRED', issued_at = now()|bill_widget_issued_has_redirect_url
            status = 'FAILED'|bill_widget_failed_has_failure
            status = 'FAILED', failure_code = 'X'|bill_widget_failure_has_message
            status = 'FAILED', failure_code = ' ', failure_message = 'blank code'|bill_widget_failure_code_check
            failure_code = 'X', failure_message = 'set on a widget that did not fail'|bill_widget_failed_has_failure
            trx_id = 'BW-1'|bill_widget_trx_id_check
            trx_id = ''|bill_widget_trx_id_check
            trx_id = null|not null
            uniq_key = 'BW 1'|bill_widget_uniq_key_check
            uniq_key = null|not null
            product_codes = '{}'|bill_widget_product_codes_check
            product_codes = null|not null
            product_codes = '{08000}'|bill_widget_product_codes_check
            product_codes = '{0800031}'|bill_widget_product_codes_check
            product_codes = '{08000A}'|bill_widget_product_codes_check
            product_codes = '{080003,NULL}'|bill_widget_product_codes_check
            product_codes = '{080003,503000,080003}'|bill_widget_product_codes_check
            product_codes = '{{080003},{503000}}'|bill_widget_product_codes_check
            product_codes = array(select lpad(n::text, 6, '0') from generate_series(1, 1000) as n)|bill_widget_product_codes_check
            bill_number = null|bill_widget_bill_has_number
            bill_number = 'A-1'|bill_widget_bill_number_check
            bill_amount = -0.01|bill_widget_bill_amount_check
            bill_period = '2026-11'|bill_widget_bill_period_check
            bill_customer_name = ''|bill_widget_bill_customer_name_check
            bill_customer_name = '   '|bill_widget_bill_customer_name_check
            bill_customer_name = E'Siti\\tNurhaliza'|bill_widget_bill_customer_name_check
            bill_customer_name = E'Siti\\x7fNurhaliza'|bill_widget_bill_customer_name_check
            bill_customer_phone = '+6281234567890'|bill_widget_bill_customer_phone_check
            bill_customer_phone = '12345'|bill_widget_bill_customer_phone_check
            bill_customer_email = 'not an address'|bill_widget_bill_customer_email_check
            bill_customer_email = 'siti@example.c0m'|bill_widget_bill_customer_email_check
            timeout_seconds = 29|bill_widget_timeout_seconds_check
            timeout_seconds = 86401|bill_widget_timeout_seconds_check
            back_url = 'ftp://merchant.example/back'|bill_widget_back_url_check
            back_url = 'https://'|bill_widget_back_url_check
            return_url = 'https://merchant.example/with space'|bill_widget_return_url_check
            return_url = E'https://merchant.example/with\\ttab'|bill_widget_return_url_check
            is_notif = null|not null
            requested_at = null|not null
            version = -1|bill_widget_version_check
            """)
    void theTableRefusesARequestedWidgetTheDomainCouldNotLoad(String change, String constraint) {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0).requested());

        assertThatThrownBy(() -> jdbc.sql("update bill_widget set " + change + " where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> {
                    if (constraint.equals("not null")) {
                        assertThat(e).hasMessageContaining("violates not-null constraint");
                    } else {
                        assertThat(ViolatedConstraint.of(e)).isEqualTo(constraint);
                    }
                });

        assertSameFields(adapter.loadBillWidget(stored.id()).orElseThrow(), stored);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "redirect_url = null",
            "issued_at = null",
            "status = 'EXPIRED', redirect_url = null",
            "status = 'FAILED'",
            "status = 'REQUESTED', failure_code = 'X', failure_message = 'no'",
    })
    void theTableRefusesAnIssuedWidgetTheDomainCouldNotLoad(String change) {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0.minusMillis(300)).issued(T0));

        assertThatThrownBy(() -> jdbc.sql("update bill_widget set " + change + " where id = :id")
                .param("id", stored.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertSameFields(adapter.loadBillWidget(stored.id()).orElseThrow(), stored);
    }

    @Test
    void theTableRefusesBillDetailsWithoutABillNumber() {
        BillWidget stored = adapter.insertBillWidget(widget().productCodes(CODES).requestedAt(T0).requested());

        for (String change : List.of("bill_amount = 1", "bill_period = '202611'", "bill_customer_name = 'Siti'",
                "bill_customer_phone = '081234567890'", "bill_customer_email = 'siti@example.com'")) {
            assertThatThrownBy(() -> jdbc.sql("update bill_widget set " + change + " where id = :id")
                    .param("id", stored.id().value()).update())
                    .as(change).isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("bill_widget_bill_has_number");
        }
        assertSameFields(adapter.loadBillWidget(stored.id()).orElseThrow(), stored);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "bill_customer_name = 'Ñame ✓ – 名前'",
            "bill_customer_name = 'O''Brien-Smith, Jr.'",
            "bill_customer_phone = '021555123'",
            "bill_customer_email = 'a.b+c_d%e-f@mail.example-host.co.id'",
            "bill_amount = 0",
            "product_codes = '{000000,999999}'",
            "timeout_seconds = 30",
            "timeout_seconds = 86400",
            "back_url = 'http://localhost:8080/back?x=1&y=2#z'",
            "return_url = 'https://merchant.example/' || repeat('r', 75)",
    })
    void theTableAcceptsWhatTheDomainAccepts(String change) {
        BillWidget stored = adapter.insertBillWidget(full().requestedAt(T0).requested());

        jdbc.sql("update bill_widget set " + change + " where id = :id").param("id", stored.id().value()).update();

        assertThat(adapter.loadBillWidget(stored.id())).as("the domain loads it").isPresent();
    }

    private long count() {
        return jdbc.sql("select count(*) from bill_widget").query(Long.class).single();
    }
}

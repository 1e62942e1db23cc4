package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.billwidget.BillWidgets.widget;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.page.BillWidgetFilter;
import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.TopUpWidgetFilter;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.service.ListService;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetStatus;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The widget and bill widget lists on PostgreSQL: pages, and status filters that apply expiry as the reads do. */
class WidgetListPersistenceAdapterTest {

    private static final PhoneNumber PHONE = PhoneNumber.parse("081366667777");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpWidgetSessionPersistenceAdapter sessions = new TopUpWidgetSessionPersistenceAdapter(jdbc);
    private final BillWidgetPersistenceAdapter billWidgets = new BillWidgetPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final ListService lists = new ListService(new ListPersistenceAdapter(jdbc), new ListPersistenceAdapter(jdbc),
            new TopUpPersistenceAdapter(jdbc), transactions, Clock.fixed(now, java.time.ZoneOffset.UTC));

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from bill_widget").update();
    }

    private TopUpWidgetSession openSession(Instant issuedAt) {
        TopUpWidgetSession requested = sessions.insertSession(TopUpWidgetSession.request(
                new TopUpWidgetSessionId(UUID.randomUUID()), "W" + System.nanoTime(), PHONE, issuedAt));
        return sessions.updateSession(requested.open("https://widget/" + requested.id(), issuedAt));
    }

    @Test
    void aSessionPastItsLifetimeIsListedAsExpiredAndAnOpenOneAsOpen() {
        TopUpWidgetSession old = openSession(now.minus(TopUpWidgetSession.LIFETIME).minusSeconds(1));
        TopUpWidgetSession fresh = openSession(now.minusSeconds(60));

        assertThat(sessionIds(new TopUpWidgetFilter(TopUpWidgetStatus.EXPIRED, null, null, null)))
                .containsExactly(old.id());
        assertThat(sessionIds(new TopUpWidgetFilter(TopUpWidgetStatus.OPEN, PHONE, null, null)))
                .containsExactly(fresh.id());
        Page<TopUpWidgetResult> first = lists.listTopUpWidgets(new TopUpWidgetFilter(null, null, null, null), null, 1);
        Page<TopUpWidgetResult> second = lists.listTopUpWidgets(new TopUpWidgetFilter(null, null, null, null),
                first.next(), 1);
        assertThat(first.items()).singleElement().satisfies(result -> {
            assertThat(result.session().id()).isEqualTo(fresh.id());
            assertThat(result.status()).isEqualTo(TopUpWidgetStatus.OPEN);
        });
        assertThat(second.items()).singleElement().satisfies(result -> {
            assertThat(result.session().id()).isEqualTo(old.id());
            assertThat(result.status()).isEqualTo(TopUpWidgetStatus.EXPIRED);
        });
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void anIssuedBillWidgetPastItsTimeoutIsListedAsExpiredAndPagesCoverEachOnce() {
        List<BillWidget> stored = new ArrayList<>();
        stored.add(billWidgets.insertBillWidget(widget().requestedAt(T0).timeout(Duration.ofSeconds(30)).requested()));
        BillWidget expired = stored.get(0);
        expired = billWidgets.updateBillWidget(expired.issue("https://finpay/redirect?token=T", "T", T0));
        BillWidget issued = billWidgets.insertBillWidget(widget().requestedAt(now.minusSeconds(5)).requested());
        issued = billWidgets.updateBillWidget(issued.issue("https://finpay/redirect?token=U", "U", now.minusSeconds(5)));
        BillWidget requested = billWidgets.insertBillWidget(widget().requestedAt(now.minusSeconds(1)).requested());

        assertThat(billIds(new BillWidgetFilter(BillWidgetStatus.EXPIRED, null, null, null))).containsExactly(expired.id());
        assertThat(billIds(new BillWidgetFilter(BillWidgetStatus.ISSUED, null, null, null))).containsExactly(issued.id());
        assertThat(billIds(new BillWidgetFilter(null, null, now.minusSeconds(10), null)))
                .containsExactly(requested.id(), issued.id());

        List<Object> paged = new ArrayList<>();
        Page<BillWidgetResult> page = lists.listBillWidgets(new BillWidgetFilter(null, null, null, null), null, 2);
        page.items().forEach(result -> paged.add(result.widget().id()));
        page = lists.listBillWidgets(new BillWidgetFilter(null, null, null, null), page.next(), 2);
        page.items().forEach(result -> paged.add(result.widget().id()));
        assertThat(paged).containsExactly(requested.id(), issued.id(), expired.id());
        assertThat(page.hasMore()).isFalse();
    }

    private List<Object> sessionIds(TopUpWidgetFilter filter) {
        return lists.listTopUpWidgets(filter, null, Page.MAX_LIMIT).items().stream()
                .map(result -> (Object) result.session().id()).toList();
    }

    private List<Object> billIds(BillWidgetFilter filter) {
        return lists.listBillWidgets(filter, null, Page.MAX_LIMIT).items().stream()
                .map(result -> (Object) result.widget().id()).toList();
    }
}

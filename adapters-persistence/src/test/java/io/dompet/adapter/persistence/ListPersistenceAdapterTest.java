package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CLIENT;
import static io.dompet.domain.topup.TopUps.CUSTOMER;
import static io.dompet.domain.topup.TopUps.OTHER_CLIENT;
import static io.dompet.domain.topup.TopUps.OTHER_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.application.service.ListService;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The top-up list on PostgreSQL: keyset pages, the filters, and the indexes that serve them (migration V11). */
class ListPersistenceAdapterTest {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final PhoneNumber RARE_CUSTOMER = PhoneNumber.parse("081311112222");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final ListPersistenceAdapter lists = new ListPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));
    private final ListService service = new ListService(lists, lists, topUps, transactions, java.time.Clock.systemUTC());

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
    }

    private TopUp direct(ApiClient client, String key, PhoneNumber customer, Instant createdAt) {
        long n = SEQUENCE.incrementAndGet();
        return TopUp.requestDirect(new TopUpId(UUID.randomUUID()), client, new IdempotencyKey(key),
                new PartnerReferenceNo("LIST" + n + "X" + System.nanoTime()), customer, Money.parse("10000"), createdAt);
    }

    private List<TopUp> insertAll(List<TopUp> many) {
        return transactions.inTransaction(() -> many.stream().map(topUps::insertTopUp).toList());
    }

    @Test
    void pagingOverAThousandTopUpsReturnsEachExactlyOnceNewestFirstWhileNewOnesArrive() {
        // ten top-ups share each creation time, so the id decides between them
        List<TopUp> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(direct(CLIENT, "k-" + i, i % 2 == 0 ? CUSTOMER : OTHER_CUSTOMER, T0.plusSeconds(i / 10)));
        }
        insertAll(thousand);

        List<TopUp> seen = new ArrayList<>();
        PageCursor after = null;
        int pages = 0;
        do {
            Page<TopUp> page = service.listTopUps(TopUpFilter.none(), after, 37);
            seen.addAll(page.items());
            after = page.next();
            pages++;
            // between pages, new top-ups arrive: newer than every listed one, so before the cursor
            insertAll(List.of(direct(CLIENT, "new-" + pages, CUSTOMER, T0.plusSeconds(10_000 + pages))));
        } while (after != null && pages < 100);

        Set<UUID> expected = thousand.stream().map(t -> t.id().value()).collect(Collectors.toSet());
        List<UUID> seenIds = seen.stream().map(t -> t.id().value()).toList();
        assertThat(seenIds).as("each exactly once").doesNotHaveDuplicates();
        assertThat(new HashSet<>(seenIds)).isEqualTo(expected);
        assertThat(pages).isEqualTo(28); // 27 full pages of 37 and one of 1
        for (int i = 1; i < seen.size(); i++) {
            TopUp newer = seen.get(i - 1);
            TopUp older = seen.get(i);
            assertThat(newer.createdAt().isAfter(older.createdAt()) || newer.createdAt().equals(older.createdAt())
                    && newer.id().value().toString().compareTo(older.id().value().toString()) > 0)
                    .as("newest first, then by id").isTrue();
        }
    }

    @Test
    void theFiltersKeepOnlyTheirTopUpsAndAnIdempotencyKeyOnlyTheClientsOwn() {
        TopUp mine = direct(CLIENT, "order-1", CUSTOMER, T0);
        TopUp theirs = direct(OTHER_CLIENT, "order-1", CUSTOMER, T0.plusSeconds(1));
        TopUp legacy = direct(ApiClient.LEGACY, "old-order", OTHER_CUSTOMER, T0.minusSeconds(60));
        TopUp later = direct(CLIENT, "order-2", OTHER_CUSTOMER, T0.plusSeconds(60));
        insertAll(List.of(mine, theirs, legacy, later));
        TopUp claimed = topUps.updateTopUp(topUps.loadTopUp(later.id()).orElseThrow()
                .claimForSending("Bu di Sa**", Money.parse("1000"), "OUR", T0.plusSeconds(61)));
        TopUp succeeded = topUps.updateTopUp(claimed.succeed("FP-REF-77", T0.plusSeconds(62)));

        assertThat(ids(new TopUpFilter(null, null, null, null, null, null, new IdempotencyKey("order-1"), CLIENT)))
                .containsExactly(mine.id());
        assertThat(ids(new TopUpFilter(null, null, null, null, null, null, new IdempotencyKey("old-order"),
                OTHER_CLIENT))).as("a legacy key matches every client, as a replay finds it").containsExactly(legacy.id());
        assertThat(ids(new TopUpFilter(null, null, null, null, null, "FP-REF-77", null, null)))
                .containsExactly(succeeded.id());
        assertThat(ids(new TopUpFilter(TopUpStatus.REQUESTED, null, CUSTOMER, null, null, null, null, null)))
                .containsExactly(theirs.id(), mine.id());
        assertThat(ids(new TopUpFilter(null, null, null, T0, T0.plusSeconds(60), null, null, null)))
                .as("createdFrom inclusive, createdTo exclusive").containsExactly(theirs.id(), mine.id());
        assertThat(ids(new TopUpFilter(null, true, null, null, null, null, null, null))).isEmpty();
        assertThat(ids(new TopUpFilter(null, false, null, null, null, null, null, null))).hasSize(4);
    }

    @Test
    void everyFilterIsServedByAnIndexInTheListsOrderWithoutSorting() {
        List<TopUp> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(direct(CLIENT, "e-" + i, i % 100 == 0 ? RARE_CUSTOMER : OTHER_CUSTOMER, T0.plusSeconds(i)));
        }
        insertAll(many);
        jdbc.sql("analyze top_up").update();
        PageCursor cursor = new PageCursor(T0.plusSeconds(250), UUID.randomUUID());

        assertThat(plan(TopUpFilter.none(), cursor)).contains("top_up_created_idx").doesNotContain("Sort");
        assertThat(plan(new TopUpFilter(null, null, null, T0, T0.plusSeconds(100), null, null, null), null))
                .contains("top_up_created_idx").doesNotContain("Sort");
        assertThat(plan(new TopUpFilter(TopUpStatus.PENDING, null, null, null, null, null, null, null), cursor))
                .contains("top_up_status_created_idx").doesNotContain("Sort");
        assertThat(plan(new TopUpFilter(null, true, null, null, null, null, null, null), cursor))
                .contains("top_up_needs_review_created_idx").doesNotContain("Sort");
        assertThat(plan(new TopUpFilter(null, null, RARE_CUSTOMER, null, null, null, null, null), cursor))
                .contains("top_up_customer_latest_idx");
        assertThat(plan(new TopUpFilter(null, null, null, null, null, "FP-1", null, null), null))
                .contains("top_up_reference_no_idx");
        assertThat(plan(new TopUpFilter(null, null, null, null, null, null, new IdempotencyKey("e-1"), CLIENT), null))
                .contains("top_up_client_idempotency_key_key");
    }

    private List<TopUpId> ids(TopUpFilter filter) {
        return service.listTopUps(filter, null, Page.MAX_LIMIT).items().stream().map(TopUp::id).toList();
    }

    /** The plan of the page statement, with sequential scans priced out (the test table is small). */
    private String plan(TopUpFilter filter, @Nullable PageCursor after) {
        Keyset.Statement page = ListPersistenceAdapter.topUpPage(filter, after, Page.DEFAULT_LIMIT + 1);
        return transactions.inTransaction(() -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain " + page.sql()).paramSource(page.parameters())
                    .query(String.class).list());
        });
    }
}

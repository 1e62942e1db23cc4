package io.dompet.adapter.persistence;

import static io.dompet.adapter.persistence.PostgresTestDatabase.T0;
import static io.dompet.domain.topup.TopUps.CUSTOMER;
import static io.dompet.domain.topup.TopUps.OTHER_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.DuplicateRecordException;
import io.dompet.application.port.out.NotificationInboxPort.InboxEntry;
import io.dompet.domain.shared.Money;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import tools.jackson.databind.json.JsonMapper;

class NotificationInboxPersistenceAdapterTest {

    /** Pretty-printed, CRLF line ends, a tab, non-ASCII in the description and a trailing space: kept as sent. */
    static final String PRETTY_BODY = "{\r\n"
            + "  \"referenceNo\": \"%s\",\r\n"
            + "  \"phoneNo\": \"6281234567890\",\r\n"
            + "  \"transactionDate\": \"2026-11-24T12:29:58+07:00\",\r\n"
            + "  \"merchantId\": \"FINPAY-MERCHANT-1\",\r\n"
            + "  \"amount\": {\t\"value\": \"150000.00\", \"currency\": \"IDR\" },\r\n"
            + "  \"transactionDesc\": \"Isi saldo – Bu Dewi ✓ 😀 \\u00e9\",\r\n"
            + "  \"channel\": \"vabri\"\r\n"
            + "} \n";

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final NotificationInboxPersistenceAdapter inbox = new NotificationInboxPersistenceAdapter(jdbc);
    private final TopUpPersistenceAdapter topUps = new TopUpPersistenceAdapter(jdbc);
    private final SpringTransactionAdapter transactions =
            new SpringTransactionAdapter(new JdbcTransactionManager(PostgresTestDatabase.dataSource()));

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from top_up_widget_session").update();
        jdbc.sql("delete from top_up_notification").update();
        jdbc.sql("delete from top_up").update();
    }

    // --- round trip --------------------------------------------------------------------------------------------

    static Stream<Named<byte[]>> bodies() {
        return Stream.of(
                Named.of("pretty-printed JSON with non-ASCII", PRETTY_BODY.formatted("FPRT0001").getBytes(StandardCharsets.UTF_8)),
                Named.of("minified JSON", "{\"referenceNo\":\"FPRT0001\",\"channel\":\"vabri\"}".getBytes(StandardCharsets.UTF_8)),
                Named.of("bytes that are not UTF-8 at all", new byte[] {0, (byte) 0xff, (byte) 0xfe, '{', (byte) 0xc3, 0x0a, 0}),
                Named.of("an empty body", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aRecordedNotificationLoadsWithItsBodyByteForByteAndEverythingElseItSaid(byte[] body) {
        TopUp topUp = TopUps.notified("FPRT0001", T0);
        Instant receivedAt = Instant.parse("2026-11-24T05:30:01.123456789Z");
        InboxEntry entry = entry("FPRT0001", topUp, raw(body, receivedAt));

        transactions.inTransaction(() -> inbox.recordCreditedNotification(topUp, entry));
        InboxEntry loaded = inbox.loadNotification("FPRT0001").orElseThrow();

        assertThat(loaded.raw().body()).containsExactly(body);
        assertThat(loaded.raw().receivedAt()).as("truncated to microseconds, not rounded")
                .isEqualTo(Instant.parse("2026-11-24T05:30:01.123456Z"));
        assertThat(loaded.raw().path()).isEqualTo("/callbacks/finpay/top-up");
        assertThat(loaded.raw().headers()).isEqualTo(entry.raw().headers());
        assertThat(loaded.raw().headers().keySet()).as("names as they arrived")
                .containsExactlyInAnyOrder("X-TIMESTAMP", "X-SIGNATURE", "X-EXTERNAL-ID", "X-PARTNER-ID", "ORIGIN",
                        "Content-Type", "Accept", "x-forwarded-for", "X-Odd");
        assertThat(loaded.raw().header("x-signature")).contains(SIGNATURE);
        assertThat(loaded.raw().headers().get("accept")).containsExactly("application/json", "*/*");
        assertThat(loaded.raw().headers().get("X-Odd")).containsExactly("say \"hi\" \\ ünï ✓", "", "  padded  ");
        assertThat(loaded).isEqualTo(new InboxEntry("FPRT0001", topUp.id(), CUSTOMER, Money.parse("150000.00"),
                new TopUpChannel("vabri"), raw(body, Instant.parse("2026-11-24T05:30:01.123456Z"))));
        assertThat(loaded.amount().amount().scale()).isEqualTo(2);
    }

    @Test
    void theRowKeepsTheBytesAndTheHeadersInAFormPeopleCanQuery() {
        TopUp topUp = TopUps.notified("FPSQL0001", T0);
        byte[] body = PRETTY_BODY.formatted("FPSQL0001").getBytes(StandardCharsets.UTF_8);

        inbox.recordCreditedNotification(topUp, entry("FPSQL0001", topUp, raw(body, T0)));

        Map<String, Object> row = jdbc.sql("""
                        select octet_length(raw_body) as bytes, convert_from(raw_body, 'UTF8') as text,
                               headers -> 'X-SIGNATURE' ->> 0 as signature, jsonb_typeof(headers) as type,
                               customer_number, channel, received_at = :t0 as received, recorded_at <= now() as recorded
                          from top_up_notification
                        """)
                .param("t0", Columns.timestamp(T0))
                .query().singleRow();
        assertThat(row).containsEntry("bytes", body.length)
                .containsEntry("text", PRETTY_BODY.formatted("FPSQL0001"))
                .containsEntry("signature", SIGNATURE)
                .containsEntry("type", "object")
                .containsEntry("customer_number", "6281234567890")
                .containsEntry("channel", "vabri")
                .containsEntry("received", true)
                .containsEntry("recorded", true);
    }

    /**
     * The headers' JSON is written by a prepared writer of the map as it is (issue 15's P1 work; it was the shared
     * mapper writing a copy of the map): the same text as before, and so the same {@code jsonb}, for headers with
     * quotes, backslashes, control characters (not NUL, which {@code jsonb} does not take) and characters outside the
     * BMP.
     */
    @Test
    void theHeadersAreStoredAsTheSameJsonAsEver() {
        Map<String, List<String>> headers = new LinkedHashMap<>(raw(new byte[0], T0).headers());
        headers.put("X-Controls", List.of("tab\tnew line\ncarriage\rbell\u0007unit\u001f", "\u2028\u2029"));
        headers.put("X-Unicode-😀", List.of("😀 ✓ é </script> \\u0041 \"quoted\""));
        headers.put("x-empty", List.of());
        TopUp topUp = TopUps.notified("FPJSON0001", T0);
        InboxEntry entry = entry("FPJSON0001", topUp,
                new RawNotification("/callbacks/finpay/top-up", headers, new byte[] {1}, T0));
        String asEver = JsonMapper.builder().build().writeValueAsString(new LinkedHashMap<>(entry.raw().headers()));

        assertThat(NotificationRow.from(entry).headers()).isEqualTo(asEver);
        inbox.recordCreditedNotification(topUp, entry);
        assertThat(jdbc.sql("select headers::text = cast(:asEver as jsonb)::text from top_up_notification")
                .param("asEver", asEver).query(Boolean.class).single()).isTrue();
        assertThat(inbox.loadNotification("FPJSON0001").orElseThrow().raw().headers()).isEqualTo(entry.raw().headers());
    }

    /** Made once, not formatted again for every notification (issue 15's P1 work). */
    @Test
    void theCreditedNotificationsStatementIsTheSameStringForEveryNotification() {
        List<String> statements = new ArrayList<>();
        JdbcClient recording = (JdbcClient) Proxy.newProxyInstance(JdbcClient.class.getClassLoader(),
                new Class<?>[] {JdbcClient.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("sql")) {
                        statements.add((String) arguments[0]);
                    }
                    try {
                        return method.invoke(jdbc, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        NotificationInboxPersistenceAdapter recorded = new NotificationInboxPersistenceAdapter(recording);
        TopUp first = TopUps.notified("FPSAME0001", T0);
        TopUp second = TopUps.notified("FPSAME0002", T0);

        recorded.recordCreditedNotification(first, entry("FPSAME0001", first, raw(new byte[] {1}, T0)));
        recorded.recordCreditedNotification(second, entry("FPSAME0002", second, raw(new byte[] {2}, T0)));

        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).isSameAs(statements.get(0));
        assertThat(count("top_up_notification")).isEqualTo(2);
    }

    @Test
    void anUnknownReferenceNoHasNoEntry() {
        assertThat(inbox.loadNotification("FPNEVER")).isEmpty();
    }

    // --- once per referenceNo -----------------------------------------------------------------------------------

    @Test
    void aNotificationWhoseReferenceNoIsInTheInboxIsADuplicateAndTheStatementWritesNothing() {
        // an entry under FPDUP0001 whose top-up is kept under another referenceNo, so that the top-up's own index lets
        // the second top-up in and the inbox's primary key decides
        TopUp first = topUps.insertTopUp(TopUps.notified("FPDUP0000", T0));
        InboxEntry recorded = new InboxEntry("FPDUP0001", first.id(), CUSTOMER, first.amount(),
                first.channel().orElseThrow(),
                raw(PRETTY_BODY.formatted("FPDUP0001").getBytes(StandardCharsets.UTF_8), T0));
        storeEntryAlone(jdbc, recorded);
        TopUp second = TopUp.notified(new TopUpId(UUID.randomUUID()),
                TopUps.notification("FPDUP0001", OTHER_CUSTOMER, "1.00"), T0.plusSeconds(5));
        InboxEntry again = entry("FPDUP0001", second, raw("{}".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(5)));

        assertThatThrownBy(() -> transactions.inTransaction(() -> inbox.recordCreditedNotification(second, again)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining("referenceNo")
                .hasMessageContaining(NotificationInboxPersistenceAdapter.PRIMARY_KEY_CONSTRAINT)
                .hasMessageNotContaining("FPDUP0001")
                .hasMessageNotContaining(OTHER_CUSTOMER.international())
                .hasMessageNotContaining(CUSTOMER.international());

        assertThat(inbox.loadNotification("FPDUP0001")).contains(recorded);
        assertThat(topUps.loadTopUp(second.id())).as("the statement wrote nothing").isEmpty();
        assertThat(count("top_up_notification")).isEqualTo(1);
        assertThat(count("top_up")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from wallet where customer_number = :customer")
                .param("customer", OTHER_CUSTOMER.international()).query(Long.class).single())
                .as("nothing credited").isZero();
    }

    @Test
    void aSecondNotificationForTheSameTopUpIsADuplicate() {
        TopUp topUp = TopUps.notified("FPONE0001", T0);
        inbox.recordCreditedNotification(topUp, entry("FPONE0001", topUp, raw(new byte[] {1}, T0)));
        TopUp sameTopUp = TopUp.notified(topUp.id(), TopUps.notification("FPONE0002", CUSTOMER, "150000.00"), T0);

        assertThatThrownBy(() -> inbox.recordCreditedNotification(sameTopUp,
                entry("FPONE0002", sameTopUp, raw(new byte[] {2}, T0))))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessageContaining(TopUpPersistenceAdapter.PRIMARY_KEY_CONSTRAINT)
                .hasMessageNotContaining(topUp.id().toString());
        assertThat(inbox.loadNotification("FPONE0002")).isEmpty();
    }

    @Test
    void theTableKeepsOneEntryPerTopUp() {
        TopUp topUp = TopUps.notified("FPONE0003", T0);
        inbox.recordCreditedNotification(topUp, entry("FPONE0003", topUp, raw(new byte[] {1}, T0)));

        assertThatThrownBy(() -> storeEntryAlone(jdbc, entry("FPONE0004", topUp, raw(new byte[] {2}, T0))))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining(NotificationInboxPersistenceAdapter.TOP_UP_ID_CONSTRAINT);
        assertThat(inbox.loadNotification("FPONE0004")).isEmpty();
    }

    @Test
    void anEntryNeedsItsTopUpStored() {
        TopUp neverStored = TopUps.notified("FPORPHAN01", T0);

        assertThatThrownBy(() -> storeEntryAlone(jdbc, entry("FPORPHAN01", neverStored, raw(new byte[] {1}, T0))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("top_up_notification_top_up_id_fkey");
        assertThat(count("top_up_notification")).isZero();
    }

    // --- the table's own rules ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "reference_no = ' '",
            "customer_number = '081234567890'",
            "amount = 0",
            "currency = 'USD'",
            "channel = 'has space'",
            "headers = '[]'",
            "headers = '{\"X-SIGNATURE\": \"not in an array\"}'",
            "headers = '{\"X-SIGNATURE\": [1]}'",
            "headers = '{\"X-SIGNATURE\": [[\"nested\"]]}'",
            "raw_body = null",
            "request_path = null",
            "received_at = null",
            "top_up_id = '00000000-0000-0000-0000-000000000000'",
    })
    void theTableRefusesWhatTheAdapterCouldNotLoad(String change) {
        TopUp topUp = TopUps.notified("FPRULE0001", T0);
        InboxEntry recorded = entry("FPRULE0001", topUp, raw(new byte[] {1, 2, 3}, T0));
        inbox.recordCreditedNotification(topUp, recorded);

        assertThatThrownBy(() -> jdbc.sql("update top_up_notification set " + change).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(inbox.loadNotification("FPRULE0001")).contains(recorded);
    }

    @Test
    void aStoredTopUpWithANotificationCannotBeDeleted() {
        TopUp topUp = TopUps.notified("FPKEEP0001", T0);
        inbox.recordCreditedNotification(topUp, entry("FPKEEP0001", topUp, raw(new byte[] {1}, T0)));

        assertThatThrownBy(() -> jdbc.sql("delete from top_up").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("top_up")).isEqualTo(1);
    }

    // --- test data ----------------------------------------------------------------------------------------------

    static final String SIGNATURE = "hXk2c0m+Yz/9Q1w==";

    static InboxEntry entry(String referenceNo, TopUp topUp, RawNotification raw) {
        return new InboxEntry(referenceNo, topUp.id(), topUp.customerNumber(), topUp.amount(),
                topUp.channel().orElseThrow(), raw);
    }

    /**
     * Inserts an inbox row on its own, as no path of dompet does (a notification is recorded with its top-up and credit
     * in one statement): for the table's own rules, which stand whatever the statements.
     */
    static void storeEntryAlone(JdbcClient jdbc, InboxEntry entry) {
        jdbc.sql("""
                        insert into top_up_notification (reference_no, top_up_id, customer_number, amount, currency,
                                                         channel, raw_body, headers, request_path, received_at)
                        values (:referenceNo, :topUpId, :customerNumber, :amount, :currency,
                                :channel, :rawBody, cast(:headers as jsonb), :requestPath, :receivedAt)
                        """)
                .paramSource(NotificationRow.from(entry).parameters())
                .update();
    }

    static RawNotification raw(byte[] body, Instant receivedAt) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-TIMESTAMP", List.of("2026-11-24T12:30:00+07:00"));
        headers.put("X-SIGNATURE", List.of(SIGNATURE));
        headers.put("X-EXTERNAL-ID", List.of("41807553358950093184162180797837"));
        headers.put("X-PARTNER-ID", List.of("FINPAY"));
        headers.put("ORIGIN", List.of("www.finpay.id"));
        headers.put("Content-Type", List.of("application/json; charset=UTF-8"));
        headers.put("Accept", List.of("application/json", "*/*"));
        headers.put("x-forwarded-for", List.of("203.0.113.7"));
        headers.put("X-Odd", List.of("say \"hi\" \\ ünï ✓", "", "  padded  "));
        return new RawNotification("/callbacks/finpay/top-up", headers, body, receivedAt);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

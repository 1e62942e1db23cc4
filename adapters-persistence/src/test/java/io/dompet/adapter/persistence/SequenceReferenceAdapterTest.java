package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.application.port.out.StoreUnavailableException;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class SequenceReferenceAdapterTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc = JdbcClient.create(PostgresTestDatabase.dataSource());
    private final SequenceReferenceAdapter adapter = new SequenceReferenceAdapter(jdbc);

    @Test
    void partnerReferenceNosFromSeveralThreadsAreUniqueAndWellFormed() throws Exception {
        int threads = 8;
        int perThread = 125;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> batches = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                batches.add(pool.submit(() -> IntStream.range(0, perThread)
                        .mapToObj(i -> adapter.newPartnerReferenceNo().value()).toList()));
            }
            List<String> references = new ArrayList<>();
            for (Future<List<String>> batch : batches) {
                references.addAll(batch.get(60, TimeUnit.SECONDS));
            }

            assertThat(references).hasSize(1000).doesNotHaveDuplicates();
            Set<LocalDate> plausibleDays = Set.of(LocalDate.now(JAKARTA).minusDays(1), LocalDate.now(JAKARTA),
                    LocalDate.now(JAKARTA).plusDays(1));
            assertThat(references).allSatisfy(reference -> {
                assertThat(reference).matches("DP[0-9]{18}").hasSize(20);
                assertThat(LocalDate.parse(reference.substring(2, 8), DateTimeFormatter.ofPattern("yyMMdd")))
                        .as("the date in Jakarta").isIn(plausibleDays);
            });
            assertThat(new HashSet<>(references.stream().map(reference -> reference.substring(8)).toList()))
                    .as("the number alone is unique").hasSize(1000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSequenceStopsAtTwelveDigitsInsteadOfEverRepeatingANumber() {
        long next = jdbc.sql("select nextval('partner_reference_seq')").query(Long.class).single();
        try {
            jdbc.sql("select setval('partner_reference_seq', 999999999998)").query(Long.class).single();

            assertThat(adapter.newPartnerReferenceNo().value()).endsWith("999999999999");
            assertThatThrownBy(adapter::newPartnerReferenceNo).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("reached maximum value");
        } finally {
            jdbc.sql("select setval('partner_reference_seq', :value)").param("value", next).query(Long.class).single();
        }
    }

    @Test
    void topUpIdsAreRandomUuids() {
        Set<TopUpId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(adapter.newTopUpId());
        }

        assertThat(ids).hasSize(1000).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(4));
    }

    @Test
    void transNumbersFromSeveralThreadsAreUniqueLettersAndDigitsWithTheDateInJakarta() throws Exception {
        int threads = 8;
        int perThread = 125;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> batches = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                batches.add(pool.submit(() -> IntStream.range(0, perThread)
                        .mapToObj(i -> adapter.newTransNumber()).toList()));
            }
            List<String> transNumbers = new ArrayList<>();
            for (Future<List<String>> batch : batches) {
                transNumbers.addAll(batch.get(60, TimeUnit.SECONDS));
            }

            assertThat(transNumbers).hasSize(1000).doesNotHaveDuplicates();
            Set<LocalDate> plausibleDays = Set.of(LocalDate.now(JAKARTA).minusDays(1), LocalDate.now(JAKARTA),
                    LocalDate.now(JAKARTA).plusDays(1));
            assertThat(transNumbers).allSatisfy(transNumber -> {
                assertThat(transNumber).matches("DW[0-9]{18}").matches("[A-Za-z0-9]{1,100}");
                assertThat(LocalDate.parse(transNumber.substring(2, 8), DateTimeFormatter.ofPattern("yyMMdd")))
                        .as("the date in Jakarta").isIn(plausibleDays);
            });
            assertThat(new HashSet<>(transNumbers.stream().map(transNumber -> transNumber.substring(8)).toList()))
                    .as("the number alone is unique").hasSize(1000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTransNumberSequenceStopsAtTwelveDigitsInsteadOfEverRepeatingANumber() {
        long next = jdbc.sql("select nextval('widget_trans_number_seq')").query(Long.class).single();
        try {
            jdbc.sql("select setval('widget_trans_number_seq', 999999999998)").query(Long.class).single();

            assertThat(adapter.newTransNumber()).endsWith("999999999999");
            assertThatThrownBy(adapter::newTransNumber).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("reached maximum value");
        } finally {
            jdbc.sql("select setval('widget_trans_number_seq', :value)").param("value", next).query(Long.class).single();
        }
    }

    @Test
    void transNumbersAndPartnerReferenceNosComeFromSequencesOfTheirOwn() {
        long before = jdbc.sql("select last_value from partner_reference_seq").query(Long.class).single();

        adapter.newTransNumber();

        assertThat(jdbc.sql("select last_value from partner_reference_seq").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void widgetSessionIdsAreRandomUuids() {
        Set<TopUpWidgetSessionId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(adapter.newWidgetSessionId());
        }

        assertThat(ids).hasSize(1000).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(4));
    }

    @Test
    void billWidgetKeysFromSeveralThreadsAreUniqueLettersAndDigitsWithTheDateInJakarta() throws Exception {
        int threads = 8;
        int perThread = 125;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> batches = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                batches.add(pool.submit(() -> IntStream.range(0, perThread)
                        .mapToObj(i -> adapter.newBillWidgetKey()).toList()));
            }
            List<String> keys = new ArrayList<>();
            for (Future<List<String>> batch : batches) {
                keys.addAll(batch.get(60, TimeUnit.SECONDS));
            }

            assertThat(keys).hasSize(1000).doesNotHaveDuplicates();
            Set<LocalDate> plausibleDays = Set.of(LocalDate.now(JAKARTA).minusDays(1), LocalDate.now(JAKARTA),
                    LocalDate.now(JAKARTA).plusDays(1));
            assertThat(keys).allSatisfy(key -> {
                assertThat(key).matches("BW[0-9]{18}").matches("[A-Za-z0-9]{1,32}");
                assertThat(LocalDate.parse(key.substring(2, 8), DateTimeFormatter.ofPattern("yyMMdd")))
                        .as("the date in Jakarta").isIn(plausibleDays);
            });
            assertThat(new HashSet<>(keys.stream().map(key -> key.substring(8)).toList()))
                    .as("the number alone is unique").hasSize(1000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBillWidgetKeySequenceStopsAtTwelveDigitsInsteadOfEverRepeatingANumber() {
        long next = jdbc.sql("select nextval('bill_widget_key_seq')").query(Long.class).single();
        try {
            jdbc.sql("select setval('bill_widget_key_seq', 999999999998)").query(Long.class).single();

            assertThat(adapter.newBillWidgetKey()).endsWith("999999999999");
            assertThatThrownBy(adapter::newBillWidgetKey).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("reached maximum value");
        } finally {
            jdbc.sql("select setval('bill_widget_key_seq', :value)").param("value", next).query(Long.class).single();
        }
    }

    @Test
    void billWidgetKeysComeFromASequenceOfTheirOwn() {
        long partnerReferences = jdbc.sql("select last_value from partner_reference_seq").query(Long.class).single();
        long transNumbers = jdbc.sql("select last_value from widget_trans_number_seq").query(Long.class).single();

        adapter.newBillWidgetKey();

        assertThat(jdbc.sql("select last_value from partner_reference_seq").query(Long.class).single())
                .isEqualTo(partnerReferences);
        assertThat(jdbc.sql("select last_value from widget_trans_number_seq").query(Long.class).single())
                .isEqualTo(transNumbers);
    }

    @Test
    void billWidgetIdsAreRandomUuids() {
        Set<BillWidgetId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(adapter.newBillWidgetId());
        }

        assertThat(ids).hasSize(1000).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(4));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsStoreUnavailableSoTheCallerAnswersTryAgainLater() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SequenceReferenceAdapter down = new SequenceReferenceAdapter(JdbcClient.create(new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/dompet?connectTimeout=2", "dompet", "")));

        assertThatThrownBy(down::newPartnerReferenceNo)
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage("the database is unavailable (CannotGetJdbcConnectionException)");
        assertThatThrownBy(down::newTransNumber).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(down::newBillWidgetKey).isInstanceOf(StoreUnavailableException.class);
    }
}

package io.dompet.faults;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the sandbox's ledgers ({@code GET /sandbox/top-ups}, {@code GET /sandbox/notifications}) and dompet's database
 * ({@code top_up}, {@code wallet}, {@code top_up_notification}) and checks, per {@code partnerReferenceNo}:
 * processed by the sandbox ⇔ {@code SUCCEEDED} in dompet ⇔ credited exactly once. Every disagreement is described
 * with both sides, so that it can be looked up in the logs. Statuses other than {@code SUCCEEDED} and {@code FAILED}
 * (today {@code REQUESTED}, {@code PENDING}; tomorrow perhaps {@code SENDING}) count as open.
 */
final class MoneyInvariant {

    static final Set<String> FINAL = Set.of("SUCCEEDED", "FAILED");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final URI sandbox;
    private final Postgres postgres;

    MoneyInvariant(URI sandbox, Postgres postgres) {
        this.sandbox = sandbox;
        this.postgres = postgres;
    }

    /** A DIRECT top-up as dompet stored it. */
    record Row(String partnerReferenceNo, String status, boolean needsReview, BigDecimal amount, String customerNumber,
               String referenceNo, String failureCode, int checkAttempts) {

        boolean open() {
            return !FINAL.contains(status);
        }

        @Override
        public String toString() {
            return "dompet: " + status + (needsReview ? " needsReview" : "") + " amount " + amount.toPlainString()
                    + " customer " + mask(customerNumber) + " referenceNo " + referenceNo
                    + (failureCode == null ? "" : " failure " + failureCode) + " checks " + checkAttempts;
        }
    }

    /** A top-up the sandbox processed. */
    record Processed(String partnerReferenceNo, String referenceNo, BigDecimal amount, String customerNumber) {

        @Override
        public String toString() {
            return "sandbox: processed amount " + amount.toPlainString() + " customer " + mask(customerNumber)
                    + " referenceNo " + referenceNo;
        }
    }

    /** How many DIRECT top-ups are open; and how many of those are flagged for review. */
    long[] openTopUps() throws SQLException {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*), count(*) filter (where needs_review) from top_up"
                     + " where kind = 'DIRECT' and status not in ('SUCCEEDED', 'FAILED')")) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2)};
        }
    }

    /** How many notifications the sandbox is still delivering. */
    long pendingNotifications() {
        long pending = 0;
        for (JsonNode notification : get("/sandbox/notifications")) {
            if ("PENDING".equals(notification.path("state").asString())) {
                pending++;
            }
        }
        return pending;
    }

    /** Reads both sides and {@linkplain #judge judges} them. */
    Figures check(String scenario, long requests, boolean settled, List<String> notes) throws SQLException {
        Map<String, Processed> processed = new LinkedHashMap<>();
        for (JsonNode topUp : get("/sandbox/top-ups")) {
            processed.put(topUp.path("partnerReferenceNo").asString(), new Processed(
                    topUp.path("partnerReferenceNo").asString(), topUp.path("referenceNo").asString(),
                    new BigDecimal(topUp.path("amount").path("value").asString()), topUp.path("customerNumber").asString()));
        }
        List<Notification> notifications = new ArrayList<>();
        for (JsonNode notification : get("/sandbox/notifications")) {
            boolean acknowledged = false;
            for (JsonNode delivery : notification.path("deliveries")) {
                for (JsonNode attempt : delivery.path("attempts")) {
                    acknowledged |= "2000000".equals(attempt.path("responseCode").asString());
                }
            }
            notifications.add(new Notification(notification.path("referenceNo").asString(),
                    notification.path("state").asString(), acknowledged,
                    new BigDecimal(notification.path("amount").path("value").asString())));
        }

        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, BigDecimal> succeededByCustomer = new HashMap<>();
        Map<String, BigDecimal> creditedByCustomer = new HashMap<>();
        Set<String> inbox = new TreeSet<>();
        Map<String, Integer> notifiedTopUps = new HashMap<>();
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("select partner_reference_no, status, needs_review, amount,"
                    + " customer_number, reference_no, failure_code, check_attempts from top_up where kind = 'DIRECT'")) {
                while (result.next()) {
                    Row row = new Row(result.getString(1), result.getString(2), result.getBoolean(3),
                            result.getBigDecimal(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getInt(8));
                    rows.put(row.partnerReferenceNo(), row);
                }
            }
            try (ResultSet result = statement.executeQuery("select customer_number, sum(amount) from top_up"
                    + " where status = 'SUCCEEDED' group by customer_number")) {
                while (result.next()) {
                    succeededByCustomer.put(result.getString(1), result.getBigDecimal(2));
                }
            }
            try (ResultSet result = statement.executeQuery("select customer_number, credited_total from wallet")) {
                while (result.next()) {
                    creditedByCustomer.put(result.getString(1), result.getBigDecimal(2));
                }
            }
            try (ResultSet result = statement.executeQuery("select reference_no from top_up_notification")) {
                while (result.next()) {
                    inbox.add(result.getString(1));
                }
            }
            try (ResultSet result = statement.executeQuery("select reference_no, count(*) from top_up"
                    + " where kind <> 'DIRECT' and status = 'SUCCEEDED' group by reference_no")) {
                while (result.next()) {
                    notifiedTopUps.put(result.getString(1), result.getInt(2));
                }
            }
        }
        return judge(scenario, requests, settled, notes, new Snapshot(processed, notifications, rows,
                succeededByCustomer, creditedByCustomer, inbox, notifiedTopUps));
    }

    /**
     * What the sandbox and dompet hold after settling.
     *
     * @param processed           the sandbox's processed top-ups by {@code partnerReferenceNo}
     * @param notifications       the notifications the sandbox sent
     * @param rows                dompet's DIRECT top-ups by {@code partnerReferenceNo}
     * @param succeededByCustomer the sum of dompet's SUCCEEDED top-ups (all kinds) per customer
     * @param creditedByCustomer  each wallet's {@code credited_total}
     * @param inbox               the {@code referenceNo}s in dompet's notification inbox
     * @param notifiedTopUps      how many SUCCEEDED notified top-ups each {@code referenceNo} has
     */
    record Snapshot(Map<String, Processed> processed, List<Notification> notifications, Map<String, Row> rows,
                    Map<String, BigDecimal> succeededByCustomer, Map<String, BigDecimal> creditedByCustomer,
                    Set<String> inbox, Map<String, Integer> notifiedTopUps) {
    }

    /** A notification the sandbox sent, and whether dompet answered {@code 2000000} to any attempt. */
    record Notification(String referenceNo, String state, boolean acknowledged, BigDecimal amount) {
    }

    /** The figures and every disagreement between the sandbox's view and dompet's. */
    static Figures judge(String scenario, long requests, boolean settled, List<String> notes, Snapshot snapshot) {
        Map<String, Processed> processed = snapshot.processed();
        Map<String, Row> rows = snapshot.rows();
        Map<String, BigDecimal> succeededByCustomer = snapshot.succeededByCustomer();
        Map<String, BigDecimal> creditedByCustomer = snapshot.creditedByCustomer();
        Set<String> inbox = snapshot.inbox();
        Map<String, Integer> notifiedTopUps = snapshot.notifiedTopUps();
        List<String> disagreements = new ArrayList<>();
        long succeeded = 0;
        long failed = 0;
        long needsReview = 0;
        long open = 0;
        for (Row row : rows.values()) {
            Processed money = processed.get(row.partnerReferenceNo());
            switch (row.status()) {
                case "SUCCEEDED" -> {
                    succeeded++;
                    if (money == null) {
                        disagreements.add(row.partnerReferenceNo() + ": SUCCEEDED but never processed by the sandbox; "
                                + "sandbox: not processed; " + row);
                    } else if (money.amount().compareTo(row.amount()) != 0) {
                        disagreements.add(row.partnerReferenceNo() + ": amounts differ; " + money + "; " + row);
                    }
                }
                case "FAILED" -> {
                    failed++;
                    if (money != null) {
                        disagreements.add(row.partnerReferenceNo() + ": processed by the sandbox (money moved) but "
                                + "FAILED in dompet and not credited; " + money + "; " + row);
                    }
                }
                default -> open++;
            }
            if (row.needsReview()) {
                needsReview++;
            }
        }
        for (Processed money : processed.values()) {
            if (!rows.containsKey(money.partnerReferenceNo())) {
                disagreements.add(money.partnerReferenceNo() + ": processed by the sandbox but unknown to dompet; "
                        + money + "; dompet: no row");
            }
        }
        Set<String> customers = new TreeSet<>(succeededByCustomer.keySet());
        customers.addAll(creditedByCustomer.keySet());
        for (String customer : customers) {
            BigDecimal expected = succeededByCustomer.getOrDefault(customer, BigDecimal.ZERO);
            BigDecimal credited = creditedByCustomer.getOrDefault(customer, BigDecimal.ZERO);
            if (expected.compareTo(credited) != 0) {
                disagreements.add("wallet " + mask(customer) + ": credited_total " + credited.toPlainString()
                        + " but its SUCCEEDED top-ups sum to " + expected.toPlainString());
            }
        }

        long sent = 0;
        long acknowledged = 0;
        long inInbox = 0;
        long credited = 0;
        for (Notification notification : snapshot.notifications()) {
            sent++;
            String referenceNo = notification.referenceNo();
            boolean ack = notification.acknowledged();
            int creditedTimes = notifiedTopUps.getOrDefault(referenceNo, 0);
            acknowledged += ack ? 1 : 0;
            inInbox += inbox.contains(referenceNo) ? 1 : 0;
            credited += creditedTimes == 1 ? 1 : 0;
            String sandboxView = "sandbox: notification " + notification.state() + ", acknowledged "
                    + ack + ", amount " + notification.amount().toPlainString();
            String dompetView = "dompet: in inbox " + inbox.contains(referenceNo) + ", credited " + creditedTimes + " time(s)";
            if (ack && !inbox.contains(referenceNo)) {
                disagreements.add(referenceNo + ": acknowledged 2000000 but missing from the inbox; " + sandboxView
                        + "; " + dompetView);
            } else if (creditedTimes != 1) {
                disagreements.add(referenceNo + ": sent by the sandbox but credited " + creditedTimes + " time(s); "
                        + sandboxView + "; " + dompetView);
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        Map<String, Long> failureCodes = new java.util.TreeMap<>();
        rows.values().stream().filter(row -> "FAILED".equals(row.status()))
                .forEach(row -> failureCodes.merge(row.failureCode(), 1L, Long::sum));
        if (!failureCodes.isEmpty()) {
            allNotes.add("FAILED top-ups by failure code: " + failureCodes);
        }
        rows.values().stream().filter(Row::open).limit(20)
                .forEach(row -> allNotes.add("still open: " + row.partnerReferenceNo() + " "
                        + (processed.containsKey(row.partnerReferenceNo()) ? processed.get(row.partnerReferenceNo())
                        : "sandbox: not processed") + "; " + row));
        return new Figures(scenario, requests, processed.size(), succeeded, failed, needsReview, open, sent,
                acknowledged, inInbox, credited, disagreements, settled, allNotes);
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(sandbox.resolve(path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code 0813****0009}/{@code 62813****0009}: test numbers, still masked in the report. */
    static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return number.substring(0, 4) + "****" + number.substring(number.length() - 4);
    }
}

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

import io.dompet.faults.Snapshot.Notification;
import io.dompet.faults.Snapshot.Processed;
import io.dompet.faults.Snapshot.Row;
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

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final URI sandbox;
    private final Postgres postgres;

    MoneyInvariant(URI sandbox, Postgres postgres) {
        this.sandbox = sandbox;
        this.postgres = postgres;
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

    /** Reads both sides and {@linkplain Snapshot#judge judges} them. */
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
        return new Snapshot(processed, notifications, rows, succeededByCustomer, creditedByCustomer, inbox,
                notifiedTopUps).judge(scenario, requests, settled, notes);
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


}

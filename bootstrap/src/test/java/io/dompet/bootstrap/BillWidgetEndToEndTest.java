package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bill widgets through the whole application: REST → catalogue → Finpay adapter → the sandbox → PostgreSQL. */
class BillWidgetEndToEndTest extends SandboxApplicationTest {

    private static final String BPJS_WITH_BILL = """
            {"productCodes":["080003"],
             "billInfo":{"billNumber":"8888800393834857","amount":"150000.00","period":"01",
                         "customerName":"Budi  Santoso","customerPhone":"081234567890","customerEmail":"budi@example.com"},
             "timeoutSeconds":30}""";

    @Test
    void aWidgetForBpjsWithABillOpensTheSandboxPageAndReadsExpiredAfterItsTimeout() throws Exception {
        HttpResponse<String> created = post("/api/v1/bill-widgets", BPJS_WITH_BILL);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode widget = json.readTree(created.body());
        assertThat(widget.path("status").asString()).isEqualTo("ISSUED");
        assertThat(widget.path("productCodes").get(0).asString()).isEqualTo("080003");
        String redirectUrl = widget.path("redirectUrl").asString();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(redirectUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("BPJS").contains("8888800393834857").doesNotContain("Budi  Santoso");

        JsonNode checked = json.readTree(get("/api/v1/bill-widgets/" + widget.path("id").asString() + "?check=true", SANDBOX_KEY).body());
        assertThat(checked.path("finpayCheck").path("valid").asBoolean()).isTrue();

        JsonNode expired = awaitStatus(widget.path("id").asString(), "EXPIRED", Duration.ofSeconds(45));
        assertThat(expired.path("status").asString()).isEqualTo("EXPIRED");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(redirectUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410);
    }

    @Test
    void anUnknownProductCodeIsRefusedNamingItAndNothingReachesFinpay() throws Exception {
        HttpResponse<String> refused = post("/api/v1/bill-widgets", "{\"productCodes\":[\"080003\",\"999999\"]}");

        assertThat(refused.statusCode()).isBetween(400, 422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("999999");
    }

    @Test
    void theCatalogueListsTheBillers() throws Exception {
        HttpResponse<String> billers = get("/api/v1/billers", SANDBOX_KEY);

        assertThat(billers.statusCode()).isEqualTo(200);
        assertThat(billers.body()).contains("080003").contains("070001").contains("503000");
    }

    private JsonNode awaitStatus(String id, String status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode widget;
        do {
            widget = json.readTree(get("/api/v1/bill-widgets/" + id, SANDBOX_KEY).body());
            if (widget.path("status").asString().equals(status)) {
                return widget;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return widget;
    }
}

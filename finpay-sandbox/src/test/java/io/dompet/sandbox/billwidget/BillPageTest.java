package io.dompet.sandbox.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The page a customer opens from {@code redirectURL}, while valid and once expired. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BillPageTest {

    private final MutableClock clock = MutableClock.startingNow();
    private FinpaySandbox sandbox;
    private BillWidgetTestClient client;

    @BeforeEach
    void start() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withClock(clock));
        client = new BillWidgetTestClient(sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theRedirectUrlOpensAPageListingTheBillersOfTheProductCodes() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fieldsWithoutBill(clock.instant());
        fields.put("productCodes", List.of("080003", "070002", "503000"));
        HttpResponse<String> generated = client.generate(client.signed(fields));
        String redirectUrl = BillWidgetTestClient.json(generated).get("data").get("redirectURL").asString();

        HttpResponse<String> page = client.get(redirectUrl.substring(sandbox.baseUrl().toString().length()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<title>Finpay — Bill Payment</title>")
                .contains("<ul id=\"billers\">")
                .contains("<li data-code=\"080003\"><span class=\"name\">BPJS Kesehatan</span>")
                .contains("<li data-code=\"070002\"><span class=\"name\">PLN Prepaid</span>")
                .contains("<li data-code=\"503000\"><span class=\"name\">PDAM</span>")
                .doesNotContain("id=\"bill\"");
    }

    @Test
    void aBillShowsItsNumberAmountAndPeriodAndOnlyTheCustomersInitial() throws Exception {
        String token = client.token(BillWidgetTestClient.fields(clock.instant()));

        String page = client.page(token).body();

        assertThat(page).contains("<section id=\"bill\">")
                .contains("<dd id=\"bill-number\">8888800393834857</dd>")
                .contains("<dd id=\"bill-amount\">IDR 150000.00</dd>")
                .contains("<dd id=\"bill-period\">01</dd>")
                .contains("<dd id=\"bill-customer\">S***</dd>")
                .doesNotContain("Siti").doesNotContain("Nurhaliza")
                .doesNotContain("081234567890").doesNotContain("7890")
                .doesNotContain("siti@example.com").doesNotContain("@");
    }

    @Test
    void thePageSaysUntilWhenItIsValidAndHowManySecondsAreLeft() throws Exception {
        String token = client.token(BillWidgetTestClient.fields(clock.instant()));
        clock.advance(Duration.ofSeconds(10));
        String expiresAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(clock.instant().plusSeconds(20).atZone(ZoneId.of("Asia/Jakarta")));

        String page = client.page(token).body();

        assertThat(page).contains("<time id=\"expires-at\" datetime=\"")
                .contains(">" + expiresAt + " WIB</time>")
                .contains("<span id=\"remaining\">20</span> seconds left");
    }

    @Test
    void thePageIsSelfContainedAndNotCached() throws Exception {
        String token = client.token(BillWidgetTestClient.fields(clock.instant()));

        HttpResponse<String> page = client.page(token);

        assertThat(page.body()).contains("<style>").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("src=").doesNotContain("@import").doesNotContain("url(");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'none'"));
    }

    @Test
    void merchantTextIsEscapedOnThePage() throws Exception {
        Map<String, Object> fields = BillWidgetTestClient.fields(clock.instant());
        fields.put("terminalName", "<b>Loket</b>");

        String page = client.page(client.token(fields)).body();

        assertThat(page).contains("&lt;b&gt;Loket&lt;/b&gt;").doesNotContain("<b>Loket");
    }

    @Test
    void afterItsTimeoutThePageHasExpiredAndCheckFails() throws Exception {
        String token = client.token(BillWidgetTestClient.fields(clock.instant()));
        assertThat(client.page(token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> page = client.page(token);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("<h1 id=\"expired\">This bill payment page has expired</h1>")
                .doesNotContain("id=\"billers\"").doesNotContain("8888800393834857");
        assertThat(client.check(token).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownOrAbsentTokenGetsANotFoundPage() throws Exception {
        HttpResponse<String> unknown = client.page("f".repeat(64));
        HttpResponse<String> absent = client.get("/billwidget");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(unknown.body()).contains("Bill payment not found");
        assertThat(absent.statusCode()).isEqualTo(404);
    }
}

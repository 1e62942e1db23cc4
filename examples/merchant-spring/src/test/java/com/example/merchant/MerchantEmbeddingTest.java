package com.example.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.topup.TopUpController;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpStatus;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's own Spring Boot application embedding dompet through the starter alone: its own table, migration and
 * controller, on a PostgreSQL the test starts, with dompet in sandbox mode pointed at a Finpay sandbox the test starts.
 * The merchant tops customers up through {@code TopUpCustomerUseCase}, never through dompet's REST API.
 */
class MerchantEmbeddingTest {

    /** A customer the sandbox tops up at once (any number not ending in one of its fault controls). */
    private static final String CUSTOMER = "081977817902";

    private static EmbeddedPostgres postgres;
    private static FinpaySandbox finpay;
    private static ConfigurableApplicationContext merchant;
    private static final List<ConfigurableApplicationContext> others = new ArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        finpay = FinpaySandbox.start(SandboxSettings.defaults().withPort(0));
        merchant = merchant();
    }

    @AfterAll
    static void stop() throws IOException {
        others.forEach(ConfigurableApplicationContext::close);
        if (merchant != null) {
            merchant.close();
        }
        finpay.close();
        postgres.close();
    }

    private static ConfigurableApplicationContext merchant(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                // dompet's sandbox mode, at the sandbox this test runs: its public credentials are filled in
                "--dompet.sandbox.enabled=true",
                "--dompet.sandbox.external-url=http://localhost:" + finpay.port()));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(MerchantApplication.class).run(args.toArray(String[]::new));
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext context, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(context, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(merchant.getBean(DataSource.class));
    }

    @Test
    void theMerchantsOrderTopsTheCustomerUpThroughTheUseCaseOnceEvenWhenRetried() throws Exception {
        String order = "{\"idempotencyKey\":\"order-1001\",\"customerNumber\":\"" + CUSTOMER + "\",\"amount\":25000}";

        HttpResponse<String> placed = post(merchant, "/orders", order);
        HttpResponse<String> retried = post(merchant, "/orders", order);

        assertThat(placed.statusCode()).as("the merchant's own path, without a dompet API key").isEqualTo(200);
        assertThat(retried.statusCode()).isEqualTo(200);
        Order stored = merchant.getBean(OrderRepository.class).find("order-1001").orElseThrow();
        assertThat(stored.status()).isEqualTo("SUCCEEDED");
        assertThat(stored.amount()).isEqualByComparingTo("25000");
        TopUp topUp = merchant.getBean(GetTopUpQuery.class).getTopUp(new TopUpId(stored.topUpId())).orElseThrow();
        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.amount().toPlainString()).isEqualTo("25000.00");
        assertThat(merchant.getBean(GetWalletQuery.class).getWallet(PhoneNumber.parse(CUSTOMER)).orElseThrow()
                .wallet().creditedTotal().toPlainString()).as("credited once").isEqualTo("25000.00");
        assertThat(jdbc().sql("select count(*) from merchant_order").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from top_up").query(Long.class).single()).as("one top-up").isEqualTo(1);
    }

    @Test
    void theMerchantCallsTheUseCaseOutsideAnyTransactionOfItsOwn() throws Exception {
        post(merchant, "/orders", "{\"idempotencyKey\":\"order-2001\",\"customerNumber\":\"081977817903\",\"amount\":10000}");

        assertThat(merchant.getBean(OrderService.class).transactionAtLastTopUp()).isFalse();
        assertThat(AnnotatedElementUtils.hasAnnotation(OrderService.class, Transactional.class)).isFalse();
        for (Method method : OrderService.class.getDeclaredMethods()) {
            assertThat(AnnotatedElementUtils.hasAnnotation(method, Transactional.class)).as(method.getName()).isFalse();
        }
    }

    @Test
    void theMerchantsMigrationsAndDompetsHaveEachTheirOwnHistory() {
        assertThat(jdbc().sql("select script from flyway_schema_history where version is not null")
                .query(String.class).list()).containsExactly("V1__merchant_orders.sql");
        List<String> dompets = jdbc().sql("select script from dompet_schema_history where version <> '0'")
                .query(String.class).list();
        assertThat(dompets).contains("V1__wallets.sql", "V2__top_ups.sql").doesNotContain("V1__merchant_orders.sql");
    }

    @Test
    void dompetsApiStillNeedsAnApiKeyWhileTheMerchantsPathsAreTheMerchantsBusiness() throws Exception {
        HttpResponse<String> withoutKey = post(merchant, "/api/v1/top-ups",
                "{\"customerNumber\":\"" + CUSTOMER + "\",\"amount\":\"10000.00\"}");

        assertThat(withoutKey.statusCode()).isEqualTo(401);
        assertThat(withoutKey.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(merchant.getBeanNamesForType(TopUpController.class)).hasSize(1);
    }

    @Test
    void withDompetsWebSwitchedOffTheMerchantHasTheUseCasesButNoDompetController() {
        ConfigurableApplicationContext withoutWeb = merchant("--dompet.web.enabled=false");
        others.add(withoutWeb);

        assertThat(withoutWeb.getBeanNamesForType(TopUpController.class)).isEmpty();
        assertThat(withoutWeb.getBeanNamesForType(OrderController.class)).hasSize(1);
        assertThat(withoutWeb.getBeanNamesForType(GetTopUpQuery.class)).hasSize(1);
    }
}

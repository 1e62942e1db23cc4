package io.dompet.examples.plainjava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.snap.InquiryReference;
import io.dompet.adapter.finpay.snap.OriginalReferenceNo;
import io.dompet.adapter.finpay.snap.SnapSettings;
import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.dompet.application.port.in.EventPageResult;
import io.dompet.application.port.in.EventResult;
import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.application.port.in.WalletResult;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.domain.event.EventCursor;
import io.dompet.domain.event.EventType;
import io.dompet.domain.shared.InvalidPhoneNumberException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.InvalidTopUpException;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpStatus;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain-Java wiring against a real PostgreSQL (embedded, migrated by the example) and the Finpay sandbox, with the
 * sandbox's public credentials: no Spring container anywhere (the module's class path has none).
 */
class PlainJavaDompetTest {

    private static final ApiClient CHECKOUT = new ApiClient("checkout");

    private static EmbeddedPostgresServer postgres;
    private static HikariDataSource dataSource;
    private static FinpaySandbox sandbox;
    private static PlainJavaDompet dompet;
    private static ReconciliationPolicy defaultPolicy;

    @BeforeAll
    static void startPostgresAndTheSandboxAndWireDompet() {
        postgres = EmbeddedPostgresServer.startTemporary();
        dataSource = PlainJavaDompet.dataSource(postgres.jdbcUrl(), postgres.username(), "");
        PlainJavaDompet.migrate(dataSource);
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withPort(0));
        SandboxCredentials.Snap credentials = sandbox.settings().credentials().snap();
        SnapSettings snap = new SnapSettings(sandbox.baseUrl(), credentials.clientId(), credentials.clientSecret(),
                KeyMaterial.privateKey(SandboxKeys.bundled().merchantPrivateKeyPem()), credentials.channelId(),
                "merchant.example", SignatureEncoding.BASE64, Duration.ofSeconds(2), Duration.ofSeconds(15),
                Clock.systemUTC(), InquiryReference.OWN, OriginalReferenceNo.OMIT);
        defaultPolicy = PlainJavaDompet.reconciliationPolicy(snap, Duration.ofSeconds(5));
        // the first check of an unknown outcome after 100 ms instead of 5 s, so that the test need not wait
        ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofMillis(100), defaultPolicy.maxBackoff(),
                defaultPolicy.budget(), defaultPolicy.requestedStaleAfter(), defaultPolicy.lease(),
                defaultPolicy.batchSize());
        dompet = new PlainJavaDompet(dataSource, snap, policy, Clock.systemUTC());
    }

    @AfterAll
    static void stopEverything() {
        if (dompet != null) {
            dompet.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aTopUpSucceedsCreditingTheWalletOnceAndItsRepeatedKeyReplaysItWithoutASecondTopUp() throws Exception {
        PhoneNumber customer = PhoneNumber.parse(freshCustomer("77"));
        TopUpCustomerCommand command = new TopUpCustomerCommand(CHECKOUT, new IdempotencyKey("order-" + UUID.randomUUID()),
                customer, Money.parse("50000"));

        TopUpResult first = dompet.topUpCustomer().topUp(command);
        TopUpResult repeated = dompet.topUpCustomer().topUp(command);

        assertThat(first).isInstanceOf(TopUpResult.Executed.class);
        TopUp topUp = ((TopUpResult.Executed) first).topUp();
        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(topUp.referenceNo()).isPresent();
        assertThat(repeated).isInstanceOfSatisfying(TopUpResult.Replayed.class,
                replayed -> assertThat(replayed.topUp().id()).isEqualTo(topUp.id()));
        WalletResult wallet = dompet.getWallet().getWallet(customer).orElseThrow();
        assertThat(wallet.wallet().creditedTotal()).isEqualTo(Money.parse("50000"));
        assertThat(wallet.latestTopUps()).extracting(TopUp::id).containsExactly(topUp.id());
        assertThat(topUpsFinpayProcessedFor(customer)).isEqualTo(1);
        assertThat(succeededEventsOf(topUp)).isEqualTo(1);
    }

    @Test
    void aBadInputIsRefusedBeforeAnythingIsStoredOrSent() throws Exception {
        long topUpsBefore = storedTopUps();

        assertThatThrownBy(() -> PhoneNumber.parse("0215550123"))
                .isInstanceOf(InvalidPhoneNumberException.class);
        PhoneNumber customer = PhoneNumber.parse(freshCustomer("77"));
        assertThatThrownBy(() -> dompet.topUpCustomer().topUp(new TopUpCustomerCommand(CHECKOUT,
                new IdempotencyKey("order-" + UUID.randomUUID()), customer, Money.parse("0"))))
                .isInstanceOf(InvalidTopUpException.class)
                .hasMessageContaining("amount");

        assertThat(storedTopUps()).isEqualTo(topUpsBefore);
        assertThat(dompet.getWallet().getWallet(customer)).isEmpty();
        assertThat(topUpsFinpayProcessedFor(customer)).isZero();
    }

    @Test
    void theScheduledReconcilerSettlesATopUpWhoseOutcomeFinpayLeftUnknownAndCreditsItOnce() throws Exception {
        // the sandbox processes a top-up to a number ending 0003 but answers 500 General Error: the outcome is unknown
        PhoneNumber customer = PhoneNumber.parse(freshCustomer("0003"));
        TopUpResult result = dompet.topUpCustomer().topUp(new TopUpCustomerCommand(CHECKOUT,
                new IdempotencyKey("order-" + UUID.randomUUID()), customer, Money.parse("20000")));
        TopUp pending = ((TopUpResult.Executed) result).topUp();
        assertThat(pending.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(dompet.getWallet().getWallet(customer)).isEmpty();

        dompet.scheduleReconciliation(Duration.ofMillis(200));

        TopUp settled = awaitFinal(pending);
        assertThat(settled.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(dompet.getWallet().getWallet(customer).orElseThrow().wallet().creditedTotal())
                .isEqualTo(Money.parse("20000"));
        assertThat(topUpsFinpayProcessedFor(customer)).isEqualTo(1);
        assertThat(succeededEventsOf(settled)).isEqualTo(1);
    }

    @Test
    void theDefaultReconciliationPolicyTakesOverARequestOnlyAfterTheLongestItCanTake() {
        // 2 SNAP calls × 5 exchanges × (2 s connect + 15 s read) + 5 s pool wait; the lease: one call and the wait
        assertThat(defaultPolicy.requestedStaleAfter()).isEqualTo(Duration.ofSeconds(175));
        assertThat(defaultPolicy.lease()).isEqualTo(Duration.ofSeconds(90));
        assertThat(defaultPolicy.firstCheckAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    private static TopUp awaitFinal(TopUp topUp) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        TopUp current = topUp;
        while (System.nanoTime() < until) {
            current = dompet.getTopUp().getTopUp(topUp.id()).orElseThrow();
            if (current.status() == TopUpStatus.SUCCEEDED || current.status() == TopUpStatus.FAILED) {
                return current;
            }
            Thread.sleep(50);
        }
        return current;
    }

    /** How many {@code top_up.succeeded} events of {@code topUp} the whole event log holds, read page by page. */
    private static long succeededEventsOf(TopUp topUp) {
        long found = 0;
        EventCursor cursor = EventCursor.START;
        EventPageResult page;
        do {
            page = dompet.events().listEvents(cursor, 2, Optional.of(EventType.TOP_UP_SUCCEEDED));
            found += page.events().stream().map(EventResult::data)
                    .filter(data -> data instanceof EventResult.TopUpData topUpData
                            && topUpData.topUp().id().equals(topUp.id()))
                    .count();
            cursor = page.next();
        } while (page.hasMore());
        return found;
    }

    private static long storedTopUps() {
        return JdbcClient.create(dataSource).sql("select count(*) from top_up").query(Long.class).single();
    }

    /** How many top-ups Finpay (the sandbox's ledger) processed for {@code customer}. */
    private static long topUpsFinpayProcessedFor(PhoneNumber customer) throws Exception {
        HttpResponse<String> ledger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/sandbox/top-ups")).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ledger.statusCode()).isEqualTo(200);
        return Pattern.compile("\"customerNumber\"\\s*:\\s*\"" + customer.local() + "\"").matcher(ledger.body())
                .results().count();
    }

    /** A mobile number no other test uses, ending with {@code suffix}, which picks the sandbox's behaviour. */
    private static String freshCustomer(String suffix) {
        String middle = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return "0815" + middle.substring(0, 8 - suffix.length()) + suffix;
    }
}

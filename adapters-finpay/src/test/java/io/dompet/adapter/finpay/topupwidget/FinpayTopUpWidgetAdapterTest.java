package io.dompet.adapter.finpay.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dompet.adapter.finpay.CapturedLogs;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.topupwidget.StubTopUpWidget.Received;
import io.dompet.adapter.finpay.topupwidget.StubTopUpWidget.Reply;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetOutcome;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetRequest;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.PhoneNumber;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FinpayTopUpWidgetAdapterTest {

    static final String USERNAME = "dompet-merchant";
    static final String PASSWORD = "p4ss-W0rd-value";
    static final String SECRET = "s3cret-Key-Zz~é";
    static final PhoneNumber PHONE = PhoneNumber.parse("08111008696");
    static final String TRANS_NUMBER = "DMPT-W-202408240001";
    /** 2024-08-24 15:00:00 Jakarta time. */
    static final Instant NOW = Instant.parse("2024-08-24T08:00:00Z");

    StubTopUpWidget stub;
    MutableClock clock;
    FinpayTopUpWidgetAdapter adapter;
    @RegisterExtension
    final CapturedLogs logs = CapturedLogs.of("io.dompet.adapter.finpay");

    @BeforeEach
    void start() throws IOException {
        stub = new StubTopUpWidget(USERNAME, PASSWORD, SECRET, true);
        clock = new MutableClock(NOW);
        adapter = new FinpayTopUpWidgetAdapter(settings(stub.baseUrl()).build());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    TopUpWidgetSettingsBuilder settings(URI baseUrl) {
        return TopUpWidgetSettingsBuilder.of(baseUrl, USERNAME, PASSWORD, SECRET).clock(clock);
    }

    static WidgetRequest request() {
        return new WidgetRequest(TRANS_NUMBER, PHONE, NOW);
    }

    @Nested
    class SuccessfulWidgets {

        @Test
        void aWidgetIsIssuedWithFinpaysUrl() {
            assertThat(adapter.openWidget(request())).isEqualTo(new WidgetOutcome.Issued(StubTopUpWidget.WIDGET_URL));
        }

        @Test
        void theWidgetRequestSendsTheDocumentedFieldsUnderTheBasePathAndFinpayAcceptsItsSignature() {
            adapter.openWidget(request());

            Received widget = stub.received(StubTopUpWidget.WIDGET_PATH).get(0);
            assertThat(widget.accepted()).isTrue();
            assertThat(widget.field("phoneNumber")).isEqualTo("08111008696");
            assertThat(widget.field("reqDtime")).isEqualTo("20240824150000");
            assertThat(widget.field("requestType")).isEqualTo("widgetTopUp");
            assertThat(widget.field("tokenID")).isEqualTo(stub.issuedTokens().get(0));
            assertThat(widget.field("transNumber")).isEqualTo(TRANS_NUMBER);
            assertThat(widget.field("signature")).matches("[0-9A-F]{64}");
            assertThat(widget.header("Content-Type")).isEqualTo("application/json");
        }

        @Test
        void bothCallsAuthenticateWithBasicUsernameAndPassword() {
            adapter.openWidget(request());

            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertThat(stub.all()).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(basic));
        }

        @Test
        void theTokenRequestIsSignedInJakartaTimeWithAFreshTransNumberEachTime() {
            stub.tokensExpireAt("not a date");

            adapter.openWidget(request());
            adapter.openWidget(request());

            List<Received> tokens = stub.received(StubTopUpWidget.TOKEN_PATH);
            assertThat(tokens).hasSize(2).allSatisfy(token -> {
                assertThat(token.accepted()).isTrue();
                assertThat(token.field("requestType")).isEqualTo("getToken");
                assertThat(token.field("reqDtime")).isEqualTo("20240824150000");
                assertThat(token.field("transNumber")).matches("20240824150000\\d{16}");
            });
            assertThat(tokens.get(0).field("transNumber")).isNotEqualTo(tokens.get(1).field("transNumber"));
        }

        @Test
        void aLowerCaseKeyIsUsedWhenConfigured() throws IOException {
            try (StubTopUpWidget lower = new StubTopUpWidget(USERNAME, PASSWORD, SECRET, false)) {
                FinpayTopUpWidgetAdapter lowerAdapter = new FinpayTopUpWidgetAdapter(
                        settings(lower.baseUrl()).signatureKeyCase(HexCase.LOWER).build());

                assertThat(lowerAdapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
                assertThat(lower.all()).allSatisfy(r -> assertThat(r.accepted()).isTrue());
            }
        }

        @Test
        void theConfiguredWidgetRequestTypeIsSentAndSigned() {
            adapter = new FinpayTopUpWidgetAdapter(settings(stub.baseUrl()).widgetRequestType("widgetTopup").build());

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
            assertThat(stub.received(StubTopUpWidget.WIDGET_PATH).get(0).field("requestType")).isEqualTo("widgetTopup");
        }

        @Test
        void aBaseUrlWithATrailingSlashReachesTheSamePaths() {
            adapter = new FinpayTopUpWidgetAdapter(settings(URI.create(stub.baseUrl() + "/")).build());

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
        }
    }

    @Nested
    class Refusals {

        @Test
        void aRefusalCarriesFinpaysCodeAndDescriptionAndIsNotResent() {
            stub.scriptWidget(Reply.status("301", "Phone number not registered"));

            assertThat(adapter.openWidget(request()))
                    .isEqualTo(new WidgetOutcome.Refused(new FinpayFailure("301", "Phone number not registered")));
            assertThat(stub.received(StubTopUpWidget.WIDGET_PATH)).hasSize(1);
        }

        @Test
        void aSignatureFinpayDoesNotAcceptFailsBeforeAnyWidgetIsRequested() throws IOException {
            try (StubTopUpWidget lower = new StubTopUpWidget(USERNAME, PASSWORD, SECRET, false)) {
                FinpayTopUpWidgetAdapter upperAdapter = new FinpayTopUpWidgetAdapter(settings(lower.baseUrl()).build());

                WidgetOutcome outcome = upperAdapter.openWidget(request());

                assertThat(outcome).isInstanceOfSatisfying(WidgetOutcome.Refused.class, refused -> {
                    assertThat(refused.failure().code()).isEqualTo(FinpayFailure.TOKEN_UNAVAILABLE);
                    assertThat(refused.failure().message()).contains("005 Invalid Signature");
                });
                assertThat(lower.received(StubTopUpWidget.WIDGET_PATH)).isEmpty();
            }
        }

        @Test
        void wrongCredentialsFailBeforeAnyWidgetIsRequested() {
            adapter = new FinpayTopUpWidgetAdapter(TopUpWidgetSettingsBuilder.of(stub.baseUrl(), USERNAME, "wrong", SECRET).clock(clock).build());

            assertThat(adapter.openWidget(request())).isInstanceOfSatisfying(WidgetOutcome.Refused.class,
                    refused -> assertThat(refused.failure().message()).contains("006 Invalid Credential"));
            assertThat(stub.received(StubTopUpWidget.WIDGET_PATH)).isEmpty();
        }

        @Test
        void aNumberLongerThanTwelveDigitsIsRefusedWithoutCallingFinpay() {
            WidgetOutcome outcome = adapter.openWidget(
                    new WidgetRequest(TRANS_NUMBER, PhoneNumber.parse("0811100869612"), NOW));

            assertThat(outcome).isInstanceOfSatisfying(WidgetOutcome.Refused.class,
                    refused -> assertThat(refused.failure().code()).isEqualTo(FinpayFailure.PHONE_TOO_LONG));
            assertThat(stub.all()).isEmpty();
        }

        @Test
        void aTwelveDigitNumberIsSent() {
            assertThat(adapter.openWidget(new WidgetRequest(TRANS_NUMBER, PhoneNumber.parse("081110086961"), NOW)))
                    .isInstanceOf(WidgetOutcome.Issued.class);
        }

        @Test
        void aDescriptionThatQuotesTheTokenIsPassedOnWithoutIt() {
            stub.scriptWidget(Reply.status("040", "Duplicate transNumber for {tokenID}"));

            assertThat(adapter.openWidget(request()))
                    .isEqualTo(new WidgetOutcome.Refused(new FinpayFailure("040", "Duplicate transNumber for (redacted)")));
        }
    }

    @Nested
    class Tokens {

        @Test
        void theTokenIsReusedUntilShortlyBeforeItsExpiryAndThenRefreshed() {
            // asked at 15:00:00, expires 15:15:00: margin min(60 s, 90 s) = 60 s, so refreshed from 15:14:00
            stub.tokensExpireAt("24-AUG-24 15:15:00");

            adapter.openWidget(request());
            clock.advance(Duration.ofMinutes(14).minusSeconds(1));
            adapter.openWidget(request());
            assertThat(stub.tokenRequests()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
            assertThat(stub.tokenRequests()).isEqualTo(2);
            List<Received> widgets = stub.received(StubTopUpWidget.WIDGET_PATH);
            assertThat(widgets.get(2).field("tokenID")).isEqualTo(stub.issuedTokens().get(1));
        }

        @Test
        void aShortLivedTokenIsRefreshedATenthOfItsLifetimeEarly() {
            // asked at 15:00:00, expires 15:05:00: margin min(60 s, 30 s) = 30 s, so refreshed from 15:04:30
            stub.tokensExpireAt("24-aug-24 15:05:00");

            adapter.openWidget(request());
            clock.advance(Duration.ofSeconds(269));
            adapter.openWidget(request());
            assertThat(stub.tokenRequests()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            adapter.openWidget(request());
            assertThat(stub.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aTokenWithoutTokenExpiryIsUsedForNineHundredSecondsWithOneWarning() {
            stub.tokensExpireAt(null);

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
            clock.advance(Duration.ofSeconds(839)); // 900 s less the margin of min(60 s, 90 s)
            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
            assertThat(stub.tokenRequests()).isEqualTo(1);
            assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .contains("no tokenExpiry", "900 s");

            clock.advance(Duration.ofSeconds(2));
            adapter.openWidget(request());
            assertThat(stub.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aTokenWhoseExpiryCannotBeReadIsUsedOnceAndNotCached() {
            stub.tokensExpireAt("2024-08-24T15:15:00");

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
            adapter.openWidget(request());

            assertThat(stub.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aRejectedTokenIsRefreshedOnceAndTheWidgetResentOnceWithAFreshTimeAndSignature() {
            adapter.openWidget(request());
            stub.revokeTokens();
            stub.afterEachRequest(() -> clock.advance(Duration.ofSeconds(1)));

            WidgetOutcome outcome = adapter.openWidget(request());

            assertThat(outcome).isEqualTo(new WidgetOutcome.Issued(StubTopUpWidget.WIDGET_URL));
            assertThat(stub.tokenRequests()).isEqualTo(2);
            List<Received> widgets = stub.received(StubTopUpWidget.WIDGET_PATH);
            assertThat(widgets).hasSize(3);
            Received rejected = widgets.get(1);
            Received resent = widgets.get(2);
            assertThat(rejected.refusal()).contains("Invalid Token");
            assertThat(resent.accepted()).isTrue();
            assertThat(resent.field("transNumber")).isEqualTo(rejected.field("transNumber")).isEqualTo(TRANS_NUMBER);
            assertThat(resent.field("tokenID")).isEqualTo(stub.issuedTokens().get(1));
            assertThat(resent.field("reqDtime")).isNotEqualTo(rejected.field("reqDtime"));
            assertThat(resent.field("signature")).isNotEqualTo(rejected.field("signature"));
        }

        @Test
        void aTokenRejectedTwiceIsNotRefreshedAgainAndTheRefusalIsReturned() {
            stub.scriptWidget(Reply.status("012", "Token expired"), Reply.status("012", "Token expired"));

            WidgetOutcome outcome = adapter.openWidget(request());

            assertThat(outcome).isEqualTo(new WidgetOutcome.Refused(new FinpayFailure("012", "Token expired")));
            assertThat(stub.tokenRequests()).isEqualTo(2);
            assertThat(stub.received(StubTopUpWidget.WIDGET_PATH)).hasSize(2);
        }

        @Test
        void noNewTokenAfterARejectedOneLeavesTheWidgetUnknown() {
            stub.scriptWidget(Reply.status("012", "Token expired"));
            adapter.openWidget(request());
            stub.scriptWidget(Reply.status("012", "Token expired"));
            stub.scriptToken(Reply.status("099", "System busy"));

            WidgetOutcome outcome = adapter.openWidget(request());

            assertThat(outcome).isInstanceOfSatisfying(WidgetOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).contains("099"));
        }

        @Test
        void twentyConcurrentWidgetsShareOneTokenRequest() throws Exception {
            stub.tokensTake(300);
            int callers = 20;
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<WidgetOutcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    String transNumber = TRANS_NUMBER + "-" + i;
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        return adapter.openWidget(new WidgetRequest(transNumber, PHONE, NOW));
                    }));
                }
                go.countDown();
                for (Future<WidgetOutcome> outcome : outcomes) {
                    assertThat(outcome.get()).isInstanceOf(WidgetOutcome.Issued.class);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(stub.tokenRequests()).isEqualTo(1);
            assertThat(stub.received(StubTopUpWidget.WIDGET_PATH)).hasSize(callers)
                    .allSatisfy(widget -> assertThat(widget.accepted()).isTrue());
        }

        @Test
        void aFailedTokenRequestIsNotCachedAndTheNextWidgetAsksAgain() {
            stub.scriptToken(Reply.status("099", "System busy"));

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Refused.class);
            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Issued.class);
            assertThat(stub.tokenRequests()).isEqualTo(2);
        }
    }

    @Nested
    class NoUsableAnswer {

        @Test
        void anHtml502IsUnknown() {
            stub.scriptWidget(new Reply(502, "text/html", "<html><body>Bad Gateway</body></html>", 0));

            assertThat(adapter.openWidget(request())).isInstanceOfSatisfying(WidgetOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).isEqualTo("HTTP 502 with a body that is not JSON (text/html)"));
        }

        @Test
        void anEmptyBodyIsUnknown() {
            stub.scriptWidget(new Reply(200, "application/json", "", 0));

            assertThat(adapter.openWidget(request())).isEqualTo(new WidgetOutcome.Unknown("HTTP 200 with an empty body"));
        }

        @Test
        void jsonWithoutAStatusCodeIsUnknown() {
            stub.scriptWidget(Reply.json("{\"error\":\"oops\"}"));

            assertThat(adapter.openWidget(request()))
                    .isEqualTo(new WidgetOutcome.Unknown("HTTP 200 with JSON without a statusCode"));
        }

        @Test
        void successWithoutAUsableWidgetUrlIsUnknown() {
            stub.scriptWidget(Reply.json("{\"statusCode\":\"000\",\"statusDesc\":\"Success\"}"),
                    Reply.json("{\"statusCode\":\"000\",\"statusDesc\":\"Success\",\"widgetURL\":\"javascript:alert(1)\"}"));

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Unknown.class);
            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Unknown.class);
        }

        @Test
        void successOnAServerErrorStatusIsUnknown() {
            stub.scriptWidget(new Reply(500, "application/json",
                    "{\"statusCode\":\"000\",\"statusDesc\":\"Success\",\"widgetURL\":\"" + StubTopUpWidget.WIDGET_URL + "\"}", 0));

            assertThat(adapter.openWidget(request())).isInstanceOf(WidgetOutcome.Unknown.class);
        }

        @Test
        void aReadTimeoutIsUnknown() {
            adapter = new FinpayTopUpWidgetAdapter(settings(stub.baseUrl())
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build());
            stub.scriptWidget(Reply.status("000", "late").delayed(1_500));

            assertThat(adapter.openWidget(request())).isInstanceOfSatisfying(WidgetOutcome.Unknown.class,
                    unknown -> assertThat(unknown.reason()).startsWith("read timeout"));
        }

        @Test
        void aWidgetAnswerThatStallsMidBodyIsUnknownWithinTheReadTimeout() {
            adapter = new FinpayTopUpWidgetAdapter(settings(stub.baseUrl())
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build());
            stub.scriptWidget(Reply.status("000", "Success").stallingMidBody());

            WidgetOutcome outcome = assertTimeoutPreemptively(Duration.ofMillis(1_500), () -> adapter.openWidget(request()));

            assertThat(outcome).isEqualTo(new WidgetOutcome.Unknown(
                    "read timeout: the body did not arrive in full within 300 ms"));
        }

        @Test
        void aRefusedConnectionMeansNoTokenSoNoWidgetWasRequested() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            adapter = new FinpayTopUpWidgetAdapter(settings(URI.create("http://127.0.0.1:" + closedPort + "/apicobrand")).build());

            assertThat(adapter.openWidget(request())).isInstanceOfSatisfying(WidgetOutcome.Refused.class, refused -> {
                assertThat(refused.failure().code()).isEqualTo(FinpayFailure.TOKEN_UNAVAILABLE);
                assertThat(refused.failure().message()).contains("connection failed");
            });
        }
    }

    @Nested
    class Logs {

        @Test
        void logsNameEachCallWithTheMaskedNumberAndNeverShowSecretsTokensSignaturesOrTheNumber() {
            adapter.openWidget(request());
            stub.revokeTokens();
            adapter.openWidget(request());
            stub.scriptWidget(Reply.status("301", "Phone number not registered"));
            adapter.openWidget(request());
            stub.scriptToken(Reply.status("005", "Invalid Signature"));
            stub.revokeTokens();
            adapter.openWidget(request());

            List<String> lines = logs.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
            List<String> forbidden = new ArrayList<>(List.of(PASSWORD, SECRET, stub.keyText(), "08111008696",
                    "6281110086", Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                    StubTopUpWidget.WIDGET_URL));
            forbidden.addAll(stub.issuedTokens());
            stub.all().forEach(r -> forbidden.add(r.field("signature")));
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(forbidden));
            assertThat(logs.events()).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());

            List<String> widgetCalls = logs.events().stream()
                    .filter(e -> e.getLevel() == Level.INFO && e.getFormattedMessage().contains("widget/topup")
                            && e.getFormattedMessage().contains(" ms"))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(widgetCalls).hasSize(stub.received(StubTopUpWidget.WIDGET_PATH).size())
                    .allSatisfy(line -> assertThat(line).contains("0811*****96", TRANS_NUMBER, "statusCode"));
            assertThat(logs.events().stream().filter(e -> e.getFormattedMessage().startsWith("Finpay Money getToken")
                    && e.getFormattedMessage().contains(" ms"))).hasSize(stub.tokenRequests());
        }
    }
}

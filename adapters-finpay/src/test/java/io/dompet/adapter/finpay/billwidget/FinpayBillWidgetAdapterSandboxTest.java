package io.dompet.adapter.finpay.billwidget;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.application.port.out.BillWidgetPort.CheckOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateOutcome;
import io.dompet.application.port.out.BillWidgetPort.GenerateRequest;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.Money;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bill widget adapter against the independent sandbox, which re-computes {@code merchantSignature} from the raw
 * body itself: success, a wrong key, an unknown product code, and expiry (the sandbox's clock is moved by the test).
 */
class FinpayBillWidgetAdapterSandboxTest {

    private static final AtomicLong KEYS = new AtomicLong(System.currentTimeMillis());
    private static final MovableClock SANDBOX_CLOCK = new MovableClock();
    private static FinpaySandbox sandbox;

    @BeforeAll
    static void startTheSandbox() {
        sandbox = FinpaySandbox.start(SandboxSettings.defaults().withClock(SANDBOX_CLOCK));
    }

    @AfterAll
    static void stopTheSandbox() {
        sandbox.close();
    }

    private static FinpayBillWidgetAdapter adapter(String merchantKey) {
        SandboxCredentials.BillWidget merchant = SandboxCredentials.defaults().billWidget();
        return new FinpayBillWidgetAdapter(new BillWidgetSettings(sandbox.baseUrl(), merchant.merchantId(), merchantKey,
                "DOMPET01", "dompet test", MerchantIdField.MERCHANT_ID, HexCase.LOWER, Duration.ofSeconds(2),
                Duration.ofSeconds(5), SignatureValueStyle.JSON, UpperCasing.ASCII, BillAmountFormat.DECIMAL));
    }

    private static FinpayBillWidgetAdapter adapter() {
        return adapter(SandboxCredentials.defaults().billWidget().merchantKey());
    }

    private static GenerateRequest request(List<String> codes, Duration timeout) {
        return new GenerateRequest("BT" + KEYS.incrementAndGet(), "UK" + KEYS.incrementAndGet(),
                codes.stream().map(ProductCode::new).toList(),
                new BillInfo("8888800393834857", Money.parse("150000"), "01", "Budi  Santoso", "081234567890",
                        "budi@example.com"),
                true, timeout, "https://shop.example/back", "https://shop.example/return", SANDBOX_CLOCK.instant());
    }

    @Test
    void aSignedRequestGeneratesAWidgetWhosePageAndTokenWork() throws Exception {
        GenerateOutcome outcome = adapter().generate(request(List.of("080003", "070001"), Duration.ofMinutes(10)));

        assertThat(outcome).isInstanceOf(GenerateOutcome.Generated.class);
        GenerateOutcome.Generated generated = (GenerateOutcome.Generated) outcome;
        assertThat(generated.redirectUrl()).endsWith("token=" + generated.token());
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(generated.redirectUrl())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("080003").contains("070001");
        assertThat(adapter().check(generated.token())).isInstanceOf(CheckOutcome.Valid.class);
    }

    @ParameterizedTest
    @EnumSource(BillWidgetVariant.CheckTokenShape.class)
    void checkTokenIsValidInTheTablesShapeAndInTheSamplesShape(BillWidgetVariant.CheckTokenShape shape) {
        try (FinpaySandbox shaped = FinpaySandbox.start(SandboxSettings.defaults()
                .withBillWidgetVariant(BillWidgetVariant.defaults().withCheckTokenShape(shape)))) {
            SandboxCredentials.BillWidget merchant = SandboxCredentials.defaults().billWidget();
            FinpayBillWidgetAdapter adapter = new FinpayBillWidgetAdapter(BillWidgetSettingsBuilder.of(shaped.baseUrl(),
                    merchant.merchantId(), merchant.merchantKey(), "DOMPET01", "dompet test").build());
            GenerateRequest request = new GenerateRequest("BT" + KEYS.incrementAndGet(), "UK" + KEYS.incrementAndGet(),
                    List.of(new ProductCode("080003"), new ProductCode("070001")), null, true, Duration.ofMinutes(10),
                    "https://shop.example/back", "https://shop.example/return", Instant.now());
            GenerateOutcome.Generated generated = (GenerateOutcome.Generated) adapter.generate(request);

            assertThat(adapter.check(generated.token())).isEqualTo(
                    new CheckOutcome.Valid(List.of("080003", "070001"), request.trxId(), false));
        }
    }

    @Test
    void aWrongMerchantKeyIsRefusedWithFinpaysCode() {
        GenerateOutcome outcome = adapter("not-the-key").generate(request(List.of("080003"), Duration.ofMinutes(10)));

        assertThat(outcome).isInstanceOf(GenerateOutcome.Refused.class);
        assertThat(((GenerateOutcome.Refused) outcome).failure().code()).isEqualTo("4010000");
    }

    @Test
    void aProductCodeFinpayDoesNotKnowIsRefused() {
        GenerateOutcome outcome = adapter().generate(request(List.of("999999"), Duration.ofMinutes(10)));

        assertThat(outcome).isInstanceOf(GenerateOutcome.Refused.class);
        assertThat(((GenerateOutcome.Refused) outcome).failure().message()).contains("999999");
    }

    @Test
    void aTokenPastItsTimeoutNoLongerChecksAndItsPageHasExpired() throws Exception {
        GenerateOutcome.Generated generated = (GenerateOutcome.Generated) adapter().generate(
                request(List.of("080003"), Duration.ofSeconds(30)));

        SANDBOX_CLOCK.advance(Duration.ofSeconds(31));
        try {
            assertThat(adapter().check(generated.token())).isInstanceOf(CheckOutcome.Invalid.class);
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(generated.redirectUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410);
        } finally {
            SANDBOX_CLOCK.reset();
        }
    }

    /** The sandbox's clock: real time plus an offset the test can move. */
    private static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

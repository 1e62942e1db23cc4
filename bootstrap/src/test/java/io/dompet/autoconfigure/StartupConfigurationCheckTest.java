package io.dompet.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.billwidget.BillAmountFormat;
import io.dompet.adapter.finpay.billwidget.MerchantIdField;
import io.dompet.adapter.finpay.billwidget.SignatureValueStyle;
import io.dompet.adapter.finpay.notify.NotifyStringToSign;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.adapter.finpay.snap.InquiryReference;
import io.dompet.adapter.finpay.snap.OriginalReferenceNo;
import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.bootstrap.LiveSettings;
import io.dompet.autoconfigure.properties.ApiProperties;
import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.sandbox.ModeDecision;
import io.dompet.sandbox.config.SandboxKeys;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupConfigurationCheckTest {

    private static final ApiProperties NO_KEYS = new ApiProperties(Map.of(), Map.of());
    private static final SandboxProperties SANDBOX = new SandboxProperties(true, 8089, null, null);
    private static final SandboxProperties PRODUCTION = new SandboxProperties(false, 8089, null, null);
    private static final ModeDecision SANDBOX_MODE = new ModeDecision(true, null, List.of(), List.of());
    private static final ModeDecision LIVE_MODE = new ModeDecision(false, null,
            List.of("dompet.finpay.snap.base-url", "spring.datasource.url"), List.of("dompet.finpay.snap.base-url"));

    private static final LiveSettings LIVE = new LiveSettings();
    private static final String LIVE_PRIVATE_KEY =
            LIVE.properties(URI.create("https://snapstag.finnet.co.id")).get("dompet.finpay.snap.private-key");

    private static StartupConfigurationCheck live(ApiProperties keys, SnapProperties snap, TopUpWidgetProperties money,
                                                  BillWidgetProperties billWidget, NotifyProperties notify) {
        return new StartupConfigurationCheck(LIVE_MODE, keys, PRODUCTION, snap, money, billWidget, notify, List.of());
    }

    private static StartupConfigurationCheck sandbox(ApiProperties keys, SnapProperties snap, TopUpWidgetProperties money,
                                                     BillWidgetProperties billWidget, NotifyProperties notify) {
        return new StartupConfigurationCheck(SANDBOX_MODE, keys, SANDBOX, snap, money, billWidget, notify, List.of());
    }

    private static StartupConfigurationCheck sandboxWithExternal(String externalUrl) {
        return new StartupConfigurationCheck(SANDBOX_MODE, NO_KEYS, new SandboxProperties(true, 8089, null, externalUrl),
                snap(null, null), NO_MONEY, NO_BILL_WIDGET, NO_NOTIFY, List.of());
    }

    private static SnapProperties snap(String clientSecret, String privateKey) {
        return new SnapProperties(URI.create("https://snapstag.finnet.co.id"), "client", clientSecret, privateKey,
                "95221", "merchant.example", SignatureEncoding.BASE64, Duration.ofSeconds(2),
                Duration.ofSeconds(15), InquiryReference.OWN, OriginalReferenceNo.OMIT);
    }

    private static final TopUpWidgetProperties NO_MONEY = new TopUpWidgetProperties(null, null, null, null, "widgetTopUp",
            HexCase.UPPER, Duration.ofSeconds(2), Duration.ofSeconds(15));
    private static final BillWidgetProperties NO_BILL_WIDGET = new BillWidgetProperties(null, null, null, null, null,
            null, null, 3600, MerchantIdField.MERCHANT_ID, HexCase.LOWER,
            Duration.ofSeconds(2), Duration.ofSeconds(15), SignatureValueStyle.JSON, UpperCasing.ASCII,
            BillAmountFormat.DECIMAL);
    private static final NotifyProperties NO_NOTIFY = new NotifyProperties(null, null, Duration.ofHours(24),
            Duration.ofMinutes(5), null, null, NotifyStringToSign.SNAP, SignatureEncoding.BASE64);

    @Test
    void outsideSandboxModeEveryMissingRequiredPropertyIsNamed() {
        assertThatThrownBy(() -> live(NO_KEYS, snap(null, LIVE_PRIVATE_KEY),
                NO_MONEY, NO_BILL_WIDGET, NO_NOTIFY))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("dompet.finpay.snap.client-secret")
                .hasMessageContaining("dompet.finpay.money.base-url")
                .hasMessageContaining("dompet.finpay.money.password")
                .hasMessageContaining("dompet.finpay.bill-widget.merchant-key")
                .hasMessageContaining("dompet.finpay.notify.public-key")
                .hasMessageContaining("dompet.finpay.notify.partner-id")
                .hasMessageContaining("dompet.finpay.notify.merchant-id")
                .hasMessageContaining("no API key configured")
                .message().doesNotContain("dompet.finpay.snap.private-key");
    }

    @Test
    void outsideSandboxModeACompleteConfigurationWithAKeyPasses() {
        ApiProperties keys = new ApiProperties(Map.of("backoffice",
                "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"), Map.of());
        TopUpWidgetProperties money = new TopUpWidgetProperties(URI.create("https://demos.finnet.co.id/apicobrand"), "user", "pass",
                "secret", "widgetTopUp", HexCase.UPPER, Duration.ofSeconds(2), Duration.ofSeconds(15));
        BillWidgetProperties billWidget = new BillWidgetProperties(URI.create("https://devo.finnet.co.id"), "merchant",
                "key", "T1", "Terminal", "https://shop.example/back", "https://shop.example/return", 3600,
                MerchantIdField.MERCHANT_ID, HexCase.LOWER,
                Duration.ofSeconds(2), Duration.ofSeconds(15), SignatureValueStyle.JSON, UpperCasing.ASCII,
            BillAmountFormat.DECIMAL);
        NotifyProperties notify = new NotifyProperties(
                LIVE.properties(URI.create("https://snapstag.finnet.co.id")).get("dompet.finpay.notify.public-key"),
                null, Duration.ofHours(24), Duration.ofMinutes(5), "finpay", "MERCHANT-1", NotifyStringToSign.SNAP,
                SignatureEncoding.BASE64);

        assertThatCode(() -> live(keys, snap("secret", LIVE_PRIVATE_KEY), money, billWidget, notify))
                .doesNotThrowAnyException();
    }

    @Test
    void aMalformedKeyDigestIsNamedWithoutShowingIt() {
        ApiProperties keys = new ApiProperties(Map.of("backoffice", "not-a-digest-zzz"), Map.of());

        assertThatThrownBy(() -> sandbox(keys, snap(null, null), NO_MONEY, NO_BILL_WIDGET, NO_NOTIFY))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("backoffice")
                .message().doesNotContain("not-a-digest-zzz");
    }

    @Test
    void inSandboxModeNothingIsRequired() {
        assertThatCode(() -> sandbox(NO_KEYS, snap(null, null), NO_MONEY, NO_BILL_WIDGET, NO_NOTIFY))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnparseablePrivateKeyIsNamedWithoutShowingIt() {
        String garbage = "-----BEGIN PRIVATE KEY-----\nTUlJQ0lqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUF0\n-----END PRIVATE KEY-----";

        assertThatThrownBy(() -> sandbox(NO_KEYS, snap("secret", garbage), NO_MONEY, NO_BILL_WIDGET, NO_NOTIFY))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("dompet.finpay.snap.private-key")
                .message().doesNotContain("TUlJQ0lqQU5CZ2tx");
    }

    @Test
    void theSandboxKeysAreUsable() {
        NotifyProperties notify = new NotifyProperties(SandboxKeys.bundled().finpayPublicKeyPem(), null,
                Duration.ofHours(24), Duration.ofMinutes(5), null, null, NotifyStringToSign.SNAP,
                SignatureEncoding.BASE64);

        assertThatCode(() -> sandbox(NO_KEYS, snap("secret", SandboxKeys.bundled().merchantPrivateKeyPem()),
                NO_MONEY, NO_BILL_WIDGET, notify)).doesNotThrowAnyException();
    }

    @Test
    void aModeThatNoLongerMatchesTheConfigurationIsRefused() {
        assertThatThrownBy(() -> new StartupConfigurationCheck(LIVE_MODE, NO_KEYS, SANDBOX, snap(null, null), NO_MONEY,
                NO_BILL_WIDGET, NO_NOTIFY, List.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("set dompet.sandbox.enabled explicitly")
                .satisfies(failure -> assertThat(((InvalidConfigurationException) failure).properties())
                        .contains("dompet.sandbox.enabled"));
    }

    @Test
    void anExternalSandboxOnThisMachineIsAccepted() {
        assertThatCode(() -> sandboxWithExternal("http://127.0.0.1:18089/")).doesNotThrowAnyException();
        assertThatCode(() -> sandboxWithExternal("http://localhost:18089")).doesNotThrowAnyException();
        assertThatCode(() -> sandboxWithExternal("http://[::1]:18089")).doesNotThrowAnyException();
    }

    @Test
    void anExternalSandboxAnywhereElseIsRefused() {
        for (String url : List.of("https://snap.finnet.co.id", "http://10.1.2.3:8089", "ftp://127.0.0.1:21",
                "http://127.0.0.1:8089/v1.0", "http://user@127.0.0.1:8089", "not a url")) {
            assertThatThrownBy(() -> sandboxWithExternal(url)).as(url)
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("dompet.sandbox.external-url")
                    .satisfies(failure -> assertThat(((InvalidConfigurationException) failure).properties())
                            .containsExactly("dompet.sandbox.external-url"));
        }
    }

    @Test
    void theFailureReportNamesThePropertiesAndTheWayOut() {
        InvalidConfigurationException failure = new InvalidConfigurationException(
                java.util.List.of("dompet.finpay.snap.client-id"), "sandbox mode is off, so these must be set: dompet.finpay.snap.client-id");

        FailureAnalysis analysis = new InvalidConfigurationFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("dompet.finpay.snap.client-id");
        assertThat(analysis.getAction()).contains("README.md").contains("sandbox");
    }

    @Test
    void propertiesNeverPrintTheirSecrets() {
        String printed = snap("very-secret-value", SandboxKeys.bundled().merchantPrivateKeyPem()).toString();

        assertThat(printed).doesNotContain("very-secret-value").doesNotContain("PRIVATE KEY").contains("<redacted>");
    }
}

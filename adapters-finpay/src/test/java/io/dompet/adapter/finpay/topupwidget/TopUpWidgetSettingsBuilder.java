package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.HexCase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Test-side {@link TopUpWidgetSettings}: the credentials, then any switch by name; the rest as bootstrap's
 * {@code dompet.finpay.money.*} defaults them ({@code widgetTopUp}, an upper-case key, 2 s / 15 s) and the system clock.
 */
public final class TopUpWidgetSettingsBuilder {

    private final URI baseUrl;
    private final String username;
    private final String password;
    private final String secretKey;
    private String widgetRequestType = TopUpWidgetSettings.DEFAULT_WIDGET_REQUEST_TYPE;
    private HexCase signatureKeyCase = HexCase.UPPER;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(15);
    private Clock clock = Clock.systemUTC();

    private TopUpWidgetSettingsBuilder(URI baseUrl, String username, String password, String secretKey) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
        this.secretKey = secretKey;
    }

    public static TopUpWidgetSettingsBuilder of(URI baseUrl, String username, String password, String secretKey) {
        return new TopUpWidgetSettingsBuilder(baseUrl, username, password, secretKey);
    }

    public TopUpWidgetSettingsBuilder widgetRequestType(String requestType) {
        this.widgetRequestType = requestType;
        return this;
    }

    public TopUpWidgetSettingsBuilder signatureKeyCase(HexCase keyCase) {
        this.signatureKeyCase = keyCase;
        return this;
    }

    public TopUpWidgetSettingsBuilder timeouts(Duration connect, Duration read) {
        this.connectTimeout = connect;
        this.readTimeout = read;
        return this;
    }

    public TopUpWidgetSettingsBuilder clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    public TopUpWidgetSettings build() {
        return new TopUpWidgetSettings(baseUrl, username, password, secretKey, widgetRequestType, signatureKeyCase,
                connectTimeout, readTimeout, clock);
    }
}

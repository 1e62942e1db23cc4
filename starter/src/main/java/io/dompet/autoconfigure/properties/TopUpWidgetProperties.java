package io.dompet.autoconfigure.properties;

import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.signature.HexCase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.finpay.money.*}: Finpay Money's co-brand API (Get Token, Widget Top Up), e.g.
 * {@code https://demos.finnet.co.id/apicobrand}.
 */
@Validated
@ConfigurationProperties("dompet.finpay.money")
public record TopUpWidgetProperties(
        @Nullable URI baseUrl,
        @Nullable String username,
        @Nullable String password,
        @Nullable String secretKey,
        @DefaultValue(TopUpWidgetSettings.DEFAULT_WIDGET_REQUEST_TYPE) String widgetRequestType,
        @DefaultValue("upper") HexCase signatureKeyCase,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout) {

    public static final String PREFIX = "dompet.finpay.money";

    public List<String> missing() {
        return new Required(PREFIX).check("base-url", baseUrl).check("username", username).check("password", password)
                .check("secret-key", secretKey).missing();
    }

    /**
     * The Finpay Money adapter's settings, for a configuration {@code StartupConfigurationCheck} accepted.
     *
     * @throws IllegalArgumentException naming the property whose value the adapter cannot use
     */
    public TopUpWidgetSettings settings(Clock clock) {
        return new TopUpWidgetSettings(baseUrl, username, password, secretKey, widgetRequestType, signatureKeyCase,
                connectTimeout, readTimeout, clock);
    }

    @Override
    public String toString() {
        return "TopUpWidgetProperties[baseUrl=" + baseUrl + ", username=" + username + ", password="
                + Secrets.redacted(password) + ", secretKey=" + Secrets.redacted(secretKey) + ", widgetRequestType="
                + widgetRequestType + ", signatureKeyCase=" + signatureKeyCase + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}

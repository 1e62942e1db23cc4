package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.transport.SettingsCheck;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the Finpay Money adapter needs, as bootstrap builds it from {@code dompet.finpay.money.*}.
 *
 * @param baseUrl           scheme, host, optional port and optional path before Finpay's paths, e.g.
 *                          {@code https://demos.finnet.co.id/apicobrand}: requests go to {@code {baseUrl}/security/getToken}
 *                          and {@code {baseUrl}/widget/topup}
 * @param username          the merchant username of {@code Authorization: Basic}
 * @param password          the merchant password of {@code Authorization: Basic}
 * @param secretKey         the secret whose hex text keys the HMAC-SHA256 signature
 * @param widgetRequestType {@code requestType} of Widget Top Up: {@code widgetTopUp} (default, as Finpay's sample
 *                          and SDKs send it) or what Finpay's staging environment wants, e.g. {@code widgetTopup}
 * @param signatureKeyCase  the case of the hex key text: {@link HexCase#UPPER} (default) or {@link HexCase#LOWER}
 * @param connectTimeout    how long to wait for a connection (default 2 s)
 * @param readTimeout       how long to wait for an answer (default 15 s)
 * @param clock             the time of {@code reqDtime} and of token expiry
 */
public record TopUpWidgetSettings(URI baseUrl, String username, String password, String secretKey, String widgetRequestType,
                            HexCase signatureKeyCase, Duration connectTimeout, Duration readTimeout, Clock clock) {

    public static final String DEFAULT_WIDGET_REQUEST_TYPE = "widgetTopUp";
    /** Finpay's limit on {@code requestType}. */
    static final int MAX_REQUEST_TYPE_LENGTH = 12;

    private static final SettingsCheck CHECK = new SettingsCheck("dompet.finpay.money.");

    /** Checks every value; messages name the property and never repeat the password or the secret key. */
    public TopUpWidgetSettings {
        CHECK.baseUrl(baseUrl, "the paths /security/getToken and /widget/topup are appended");
        CHECK.text(username, "username");
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("dompet.finpay.money.username must not contain ':' (Basic authentication"
                    + " cannot carry it)");
        }
        CHECK.text(password, "password");
        CHECK.text(secretKey, "secret-key");
        CHECK.text(widgetRequestType, "widget-request-type");
        if (widgetRequestType.length() > MAX_REQUEST_TYPE_LENGTH || !widgetRequestType.equals(widgetRequestType.strip())) {
            throw new IllegalArgumentException("dompet.finpay.money.widget-request-type must be at most "
                    + MAX_REQUEST_TYPE_LENGTH + " characters without surrounding spaces, was " + widgetRequestType);
        }
        CHECK.set(signatureKeyCase, "signature-key-case");
        CHECK.timeouts(connectTimeout, readTimeout);
        Objects.requireNonNull(clock, "clock must not be null");
    }

    /** The base URL without a trailing slash, to which {@code /security/getToken} and {@code /widget/topup} are appended. */
    String target() {
        return SettingsCheck.target(baseUrl);
    }

    /** Shows everything but the password and the secret key. */
    @Override
    public String toString() {
        return "TopUpWidgetSettings[baseUrl=" + baseUrl + ", username=" + username + ", password=(redacted)"
                + ", secretKey=(redacted), widgetRequestType=" + widgetRequestType + ", signatureKeyCase="
                + signatureKeyCase + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", clock=" + clock + "]";
    }
}

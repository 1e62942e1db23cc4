package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.HexCase;
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

    /** Checks every value; messages name the property and never repeat the password or the secret key. */
    public TopUpWidgetSettings {
        Objects.requireNonNull(baseUrl, "dompet.finpay.money.base-url must be set");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("dompet.finpay.money.base-url must be an http or https URL with a host,"
                    + " was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("dompet.finpay.money.base-url must have no query, fragment or user"
                    + " info (the paths /security/getToken and /widget/topup are appended), was " + baseUrl.getHost());
        }
        requireText(username, "username");
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("dompet.finpay.money.username must not contain ':' (Basic authentication"
                    + " cannot carry it)");
        }
        requireText(password, "password");
        requireText(secretKey, "secret-key");
        requireText(widgetRequestType, "widget-request-type");
        if (widgetRequestType.length() > MAX_REQUEST_TYPE_LENGTH || !widgetRequestType.equals(widgetRequestType.strip())) {
            throw new IllegalArgumentException("dompet.finpay.money.widget-request-type must be at most "
                    + MAX_REQUEST_TYPE_LENGTH + " characters without surrounding spaces, was " + widgetRequestType);
        }
        Objects.requireNonNull(signatureKeyCase, "dompet.finpay.money.signature-key-case must be set");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
        Objects.requireNonNull(clock, "clock must not be null");
    }

    /** The base URL without a trailing slash, to which {@code /security/getToken} and {@code /widget/topup} are appended. */
    String target() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static void requireText(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("dompet.finpay.money." + property + " must be set");
        }
    }

    private static void requirePositive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("dompet.finpay.money." + property + " must be a positive duration");
        }
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

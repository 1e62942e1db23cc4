package io.dompet.adapter.finpay.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The checks the adapters' settings records share, with messages that name the property ({@code prefix + name}) and
 * never repeat a secret: what a base URL must be, that a value is set, short enough, or a positive duration.
 * Each settings record holds one for its prefix, e.g. {@code new SettingsCheck("dompet.finpay.snap.")}.
 */
public final class SettingsCheck {

    private final String prefix;

    /** @param prefix the properties' prefix, ending with a dot */
    public SettingsCheck(String prefix) {
        this.prefix = Objects.requireNonNull(prefix);
    }

    /**
     * Checks that {@code baseUrl} is an absolute http or https URL with a host and no query, fragment or user info.
     *
     * @param appended what is appended to it, for the message, e.g. {@code "the paths /widget/topup … are appended"}
     */
    public void baseUrl(@Nullable URI baseUrl, String appended) {
        httpUrl(baseUrl);
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException(prefix + "base-url must have no query, fragment or user info ("
                    + appended + "), was " + baseUrl.getHost());
        }
    }

    /** Checks that {@code baseUrl} is set and an absolute http or https URL with a host. */
    public void httpUrl(@Nullable URI baseUrl) {
        Objects.requireNonNull(baseUrl, prefix + "base-url must be set");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException(prefix + "base-url must be an http or https URL with a host, was "
                    + withoutUserInfo(baseUrl));
        }
    }

    /** {@code url} as text without its user info, which may hold a password. */
    public static String withoutUserInfo(URI url) {
        String text = url.toString();
        String userInfo = url.getRawUserInfo();
        return userInfo == null ? text : text.replace(userInfo + "@", "");
    }

    /** Checks that {@code value} is set and not blank. */
    public void text(@Nullable String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(prefix + property + " must be set");
        }
    }

    /** Checks that {@code value} is set, at most {@code maxLength} characters, without surrounding spaces. */
    public void text(@Nullable String value, String property, int maxLength) {
        text(value, property);
        if (value.length() > maxLength || !value.equals(value.strip())) {
            throw new IllegalArgumentException(prefix + property + " must be at most " + maxLength
                    + " characters without surrounding spaces, was " + value.length() + " characters");
        }
    }

    /** Checks that {@code value} is set. */
    public void set(@Nullable Object value, String property) {
        Objects.requireNonNull(value, prefix + property + " must be set");
    }

    /** Checks that both timeouts ({@code connect-timeout}, {@code read-timeout}) are positive durations. */
    public void timeouts(@Nullable Duration connectTimeout, @Nullable Duration readTimeout) {
        positive(connectTimeout, "connect-timeout");
        positive(readTimeout, "read-timeout");
    }

    /** Checks that {@code value} is a positive duration. */
    public void positive(@Nullable Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(prefix + property + " must be a positive duration");
        }
    }

    /** The base URL without a trailing slash, to which Finpay's paths are appended. */
    public static String target(URI baseUrl) {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}

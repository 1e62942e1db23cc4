package io.dompet.sandbox;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link FinpaySandbox}. Start from {@link #defaults()} and change what differs:
 * <pre>{@code SandboxSettings.defaults().withPort(0).withMerchantCallbackUrl(URI.create("http://localhost:8080/callbacks/finpay/top-up"))}</pre>
 *
 * @param port                 the port to listen on; 0 picks a free one
 * @param bindAddress          the address to listen on, loopback {@value #LOOPBACK} by default
 * @param merchantCallbackUrl  where Notify Top Up callbacks go; {@code null} when none is configured
 * @param credentials          the credentials the sandbox accepts and uses
 * @param merchantPublicKeyPem the X.509 PEM public key with which SNAP token signatures are verified
 */
public record SandboxSettings(int port, String bindAddress, URI merchantCallbackUrl, SandboxCredentials credentials,
                              String merchantPublicKeyPem) {

    public static final String LOOPBACK = "127.0.0.1";

    public SandboxSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank");
        }
        if (merchantCallbackUrl != null && !isHttpUrl(merchantCallbackUrl)) {
            throw new IllegalArgumentException("merchantCallbackUrl must be an absolute http(s) URL: " + merchantCallbackUrl);
        }
        Objects.requireNonNull(credentials, "credentials");
        SandboxKeys.parsePublicKey(merchantPublicKeyPem);
    }

    /** A random free port on loopback, no callback URL, the default credentials and the bundled merchant key. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(0, LOOPBACK, null, SandboxCredentials.defaults(),
                SandboxKeys.bundled().merchantPublicKeyPem());
    }

    public SandboxSettings withPort(int port) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem);
    }

    public SandboxSettings withBindAddress(String bindAddress) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem);
    }

    /** Where Notify Top Up callbacks go; {@code null} for none. */
    public SandboxSettings withMerchantCallbackUrl(URI merchantCallbackUrl) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem);
    }

    public SandboxSettings withCredentials(SandboxCredentials credentials) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem);
    }

    /** The merchant's X.509 PEM public key, for a dompet that signs with its own key instead of the sandbox one. */
    public SandboxSettings withMerchantPublicKeyPem(String merchantPublicKeyPem) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem);
    }

    /** The callback URL, when one is configured. */
    public Optional<URI> merchantCallback() {
        return Optional.ofNullable(merchantCallbackUrl);
    }

    private static boolean isHttpUrl(URI url) {
        return url.isAbsolute() && url.getHost() != null
                && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
    }
}

package io.dompet.sandbox.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link io.dompet.sandbox.FinpaySandbox}. Start from {@link #defaults()} and change what differs:
 * <pre>{@code SandboxSettings.defaults().withPort(0).withMerchantCallbackUrl(URI.create("http://localhost:8080/callbacks/finpay/top-up"))}</pre>
 *
 * @param port                 the port to listen on; 0 picks a free one
 * @param bindAddress          the address to listen on, loopback {@value #LOOPBACK} by default
 * @param merchantCallbackUrl  where Notify Top Up callbacks go; {@code null} when none is configured
 * @param credentials          the credentials the sandbox accepts and uses
 * @param merchantPublicKeyPem the X.509 PEM public key with which SNAP token signatures are verified
 * @param tokenLifetime        how long a SNAP access token stays valid ({@value #DEFAULT_TOKEN_LIFETIME_SECONDS} s)
 * @param signatureEncoding    how SNAP {@code X-SIGNATURE} HMACs are written (Base64 by default)
 * @param slowAnswerDelay      how long a top-up for a number ending {@code 0002} waits before answering: longer
 *                             than dompet's read timeout (15 s by default), so 20 s by default
 * @param slowSuccessDelay     how long a top-up for a number ending {@code 0006} waits before answering (2 s)
 */
public record SandboxSettings(int port, String bindAddress, URI merchantCallbackUrl, SandboxCredentials credentials,
                              String merchantPublicKeyPem, Duration tokenLifetime, SignatureEncoding signatureEncoding,
                              Duration slowAnswerDelay, Duration slowSuccessDelay) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_TOKEN_LIFETIME_SECONDS = 900;
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(DEFAULT_TOKEN_LIFETIME_SECONDS);
    public static final Duration DEFAULT_SLOW_ANSWER_DELAY = Duration.ofSeconds(20);
    public static final Duration DEFAULT_SLOW_SUCCESS_DELAY = Duration.ofSeconds(2);

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
        requirePositive(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(signatureEncoding, "signatureEncoding");
        requireNotNegative(slowAnswerDelay, "slowAnswerDelay");
        requireNotNegative(slowSuccessDelay, "slowSuccessDelay");
    }

    /**
     * A random free port on loopback, no callback URL, the default credentials, the bundled merchant key, 900 s
     * tokens, Base64 signatures, a 20 s "answer after the timeout" delay and a 2 s "slow success" delay.
     */
    public static SandboxSettings defaults() {
        return new SandboxSettings(0, LOOPBACK, null, SandboxCredentials.defaults(),
                SandboxKeys.bundled().merchantPublicKeyPem(), DEFAULT_TOKEN_LIFETIME, SignatureEncoding.BASE64,
                DEFAULT_SLOW_ANSWER_DELAY, DEFAULT_SLOW_SUCCESS_DELAY);
    }

    public SandboxSettings withPort(int port) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    public SandboxSettings withBindAddress(String bindAddress) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** Where Notify Top Up callbacks go; {@code null} for none. */
    public SandboxSettings withMerchantCallbackUrl(URI merchantCallbackUrl) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    public SandboxSettings withCredentials(SandboxCredentials credentials) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** The merchant's X.509 PEM public key, for a dompet that signs with its own key instead of the sandbox one. */
    public SandboxSettings withMerchantPublicKeyPem(String merchantPublicKeyPem) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** How long SNAP access tokens stay valid; short lifetimes let tests expire tokens. */
    public SandboxSettings withTokenLifetime(Duration tokenLifetime) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** The encoding of SNAP {@code X-SIGNATURE} HMACs the sandbox accepts. */
    public SandboxSettings withSignatureEncoding(SignatureEncoding signatureEncoding) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** How long a top-up for a number ending {@code 0002} is held (processed) before its answer is sent. */
    public SandboxSettings withSlowAnswerDelay(Duration slowAnswerDelay) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** How long a top-up for a number ending {@code 0006} is held before its success is sent. */
    public SandboxSettings withSlowSuccessDelay(Duration slowSuccessDelay) {
        return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem, tokenLifetime,
                signatureEncoding, slowAnswerDelay, slowSuccessDelay);
    }

    /** The callback URL, when one is configured. */
    public Optional<URI> merchantCallback() {
        return Optional.ofNullable(merchantCallbackUrl);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }

    private static boolean isHttpUrl(URI url) {
        return url.isAbsolute() && url.getHost() != null
                && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
    }
}

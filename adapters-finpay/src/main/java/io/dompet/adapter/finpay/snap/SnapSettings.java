package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the SNAP adapter needs, as bootstrap builds it from {@code dompet.finpay.snap.*} (the private key read
 * with {@link io.dompet.adapter.finpay.signature.KeyMaterial#privateKey(String)}: PKCS#8 or PKCS#1 PEM, or {@code file:PATH}).
 *
 * @param baseUrl           scheme, host and optional port before Finpay's documented paths, e.g.
 *                          {@code https://snapstag.finnet.co.id}; a path other than {@code /} is refused, because
 *                          the signature covers the documented path and must cover exactly what is sent
 * @param clientId          Finpay's client id: {@code X-CLIENT-KEY} of the token request, {@code X-PARTNER-ID} of the others
 * @param clientSecret      the HMAC-SHA512 key of the transactional signatures
 * @param privateKey        the merchant's RSA private key that signs token requests
 * @param channelId         {@code CHANNEL-ID}, issued by Finpay
 * @param origin            {@code ORIGIN}, the merchant's domain
 * @param signatureEncoding {@code X-SIGNATURE} of transactional calls as Base64 (default) or lowercase hex
 * @param connectTimeout    how long to wait for a connection (default 2 s)
 * @param readTimeout       how long one whole exchange (headers and body) may take (default 15 s)
 * @param clock             the time of {@code X-TIMESTAMP} and of token expiry
 * @param inquiryReference  the account inquiry's {@code partnerReferenceNo}: its own (default) or the top-up's
 * @param originalReferenceNo how the status inquiry sends {@code originalReferenceNo} while Finpay's reference is
 *                          unknown: left out (default) or {@code ""}
 */
public record SnapSettings(URI baseUrl, String clientId, String clientSecret, PrivateKey privateKey, String channelId,
                           String origin, SignatureEncoding signatureEncoding, Duration connectTimeout,
                           Duration readTimeout, Clock clock, InquiryReference inquiryReference,
                           OriginalReferenceNo originalReferenceNo) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

    /** Checks every value; messages name the property and never repeat the secret or the key. */
    public SnapSettings {
        Objects.requireNonNull(baseUrl, "dompet.finpay.snap.base-url must be set");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("dompet.finpay.snap.base-url must be an http or https URL with a host, was "
                    + baseUrl);
        }
        String path = baseUrl.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || baseUrl.getRawQuery() != null
                || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("dompet.finpay.snap.base-url must be only scheme, host and port (the"
                    + " documented paths such as /v1.0/emoney/topup are added and signed), was " + baseUrl);
        }
        requireText(clientId, "client-id");
        requireText(clientSecret, "client-secret");
        Objects.requireNonNull(privateKey, "dompet.finpay.snap.private-key must be set");
        requireText(channelId, "channel-id");
        requireText(origin, "origin");
        Objects.requireNonNull(signatureEncoding, "dompet.finpay.snap.signature-encoding must be set");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(inquiryReference, "dompet.finpay.snap.inquiry-reference must be set");
        Objects.requireNonNull(originalReferenceNo, OriginalReferenceNo.PROPERTY + " must be set");
    }

    /** Settings whose status inquiry leaves an unknown {@code originalReferenceNo} out ({@link OriginalReferenceNo#OMIT}). */
    public SnapSettings(URI baseUrl, String clientId, String clientSecret, PrivateKey privateKey, String channelId,
                        String origin, SignatureEncoding signatureEncoding, Duration connectTimeout,
                        Duration readTimeout, Clock clock, InquiryReference inquiryReference) {
        this(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding, connectTimeout,
                readTimeout, clock, inquiryReference, OriginalReferenceNo.OMIT);
    }

    /** Settings whose account inquiry sends its own {@code partnerReferenceNo} ({@link InquiryReference#OWN}). */
    public SnapSettings(URI baseUrl, String clientId, String clientSecret, PrivateKey privateKey, String channelId,
                        String origin, SignatureEncoding signatureEncoding, Duration connectTimeout,
                        Duration readTimeout, Clock clock) {
        this(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding, connectTimeout,
                readTimeout, clock, InquiryReference.OWN);
    }

    /** Settings with Base64 signatures, the default timeouts, the system clock and the inquiry's own reference. */
    public static SnapSettings of(URI baseUrl, String clientId, String clientSecret, PrivateKey privateKey,
                                  String channelId, String origin) {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin,
                SignatureEncoding.BASE64, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Clock.systemUTC());
    }

    public SnapSettings withSignatureEncoding(SignatureEncoding encoding) {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin, encoding,
                connectTimeout, readTimeout, clock, inquiryReference, originalReferenceNo);
    }

    public SnapSettings withTimeouts(Duration connect, Duration read) {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding,
                connect, read, clock, inquiryReference, originalReferenceNo);
    }

    public SnapSettings withClock(Clock newClock) {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding,
                connectTimeout, readTimeout, newClock, inquiryReference, originalReferenceNo);
    }

    public SnapSettings withInquiryReference(InquiryReference reference) {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding,
                connectTimeout, readTimeout, clock, reference, originalReferenceNo);
    }

    public SnapSettings withOriginalReferenceNo(OriginalReferenceNo form) {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding,
                connectTimeout, readTimeout, clock, inquiryReference, form);
    }

    /** The base URL without a trailing slash, to which the documented paths are appended. */
    String target() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static void requireText(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("dompet.finpay.snap." + property + " must be set");
        }
    }

    private static void requirePositive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("dompet.finpay.snap." + property + " must be a positive duration");
        }
    }

    /** Shows everything but the secret and the key. */
    @Override
    public String toString() {
        return "SnapSettings[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=(redacted)"
                + ", privateKey=(" + privateKey.getAlgorithm() + ", redacted), channelId=" + channelId
                + ", origin=" + origin + ", signatureEncoding=" + signatureEncoding + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", clock=" + clock + ", inquiryReference="
                + inquiryReference + ", originalReferenceNo=" + originalReferenceNo + "]";
    }
}

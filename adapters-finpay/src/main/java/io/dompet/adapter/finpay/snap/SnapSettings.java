package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.transport.SettingsCheck;
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

    private static final SettingsCheck CHECK = new SettingsCheck("dompet.finpay.snap.");

    /** Checks every value; messages name the property and never repeat the secret or the key. */
    public SnapSettings {
        CHECK.httpUrl(baseUrl);
        String path = baseUrl.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || baseUrl.getRawQuery() != null
                || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("dompet.finpay.snap.base-url must be only scheme, host and port (the"
                    + " documented paths such as /v1.0/emoney/topup are added and signed), was "
                    + SettingsCheck.withoutUserInfo(baseUrl));
        }
        CHECK.text(clientId, "client-id");
        CHECK.text(clientSecret, "client-secret");
        CHECK.set(privateKey, "private-key");
        CHECK.text(channelId, "channel-id");
        CHECK.text(origin, "origin");
        CHECK.set(signatureEncoding, "signature-encoding");
        CHECK.timeouts(connectTimeout, readTimeout);
        Objects.requireNonNull(clock, "clock must not be null");
        CHECK.set(inquiryReference, "inquiry-reference");
        CHECK.set(originalReferenceNo, "original-reference-no");
    }

    /** The base URL without a trailing slash, to which the documented paths are appended. */
    String target() {
        return SettingsCheck.target(baseUrl);
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

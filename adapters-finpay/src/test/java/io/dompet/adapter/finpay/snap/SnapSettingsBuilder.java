package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;

/**
 * Test-side {@link SnapSettings}: the required values, then any switch by name; the rest as bootstrap's
 * {@code dompet.finpay.snap.*} defaults them (Base64, 2 s / 15 s, the inquiry's own reference, an unknown originalReferenceNo left out) and the system clock.
 */
public final class SnapSettingsBuilder {

    private final URI baseUrl;
    private final String clientId;
    private final String clientSecret;
    private final PrivateKey privateKey;
    private final String channelId;
    private final String origin;
    private SignatureEncoding signatureEncoding = SignatureEncoding.BASE64;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(15);
    private Clock clock = Clock.systemUTC();
    private InquiryReference inquiryReference = InquiryReference.OWN;
    private OriginalReferenceNo originalReferenceNo = OriginalReferenceNo.OMIT;

    private SnapSettingsBuilder(URI baseUrl, String clientId, String clientSecret, PrivateKey privateKey,
                                String channelId, String origin) {
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.privateKey = privateKey;
        this.channelId = channelId;
        this.origin = origin;
    }

    public static SnapSettingsBuilder of(URI baseUrl, String clientId, String clientSecret, PrivateKey privateKey,
                                         String channelId, String origin) {
        return new SnapSettingsBuilder(baseUrl, clientId, clientSecret, privateKey, channelId, origin);
    }

    public SnapSettingsBuilder signatureEncoding(SignatureEncoding encoding) {
        this.signatureEncoding = encoding;
        return this;
    }

    public SnapSettingsBuilder timeouts(Duration connect, Duration read) {
        this.connectTimeout = connect;
        this.readTimeout = read;
        return this;
    }

    public SnapSettingsBuilder clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    public SnapSettingsBuilder inquiryReference(InquiryReference reference) {
        this.inquiryReference = reference;
        return this;
    }

    public SnapSettingsBuilder originalReferenceNo(OriginalReferenceNo form) {
        this.originalReferenceNo = form;
        return this;
    }

    public SnapSettings build() {
        return new SnapSettings(baseUrl, clientId, clientSecret, privateKey, channelId, origin, signatureEncoding,
                connectTimeout, readTimeout, clock, inquiryReference, originalReferenceNo);
    }
}

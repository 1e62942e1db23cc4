package io.dompet.adapter.finpay.notify;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Test-side {@link NotifySettings}: Finpay's key, then any switch by name; the rest as bootstrap's
 * {@code dompet.finpay.notify.*} defaults them (the request path, 24 hours back, 5 minutes ahead, no id checks) and
 * the system clock.
 */
public final class NotifySettingsBuilder {

    static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);
    static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final PublicKey finpayPublicKey;
    private @Nullable String signedPath;
    private Duration maxAge = DEFAULT_MAX_AGE;
    private Duration maxClockSkew = DEFAULT_MAX_CLOCK_SKEW;
    private @Nullable String partnerId;
    private @Nullable String merchantId;
    private Clock clock = Clock.systemUTC();
    private NotifyStringToSign stringToSign = NotifyStringToSign.SNAP;
    private SignatureEncoding signatureEncoding = SignatureEncoding.BASE64;

    private NotifySettingsBuilder(PublicKey finpayPublicKey) {
        this.finpayPublicKey = finpayPublicKey;
    }

    public static NotifySettingsBuilder of(PublicKey finpayPublicKey) {
        return new NotifySettingsBuilder(finpayPublicKey);
    }

    public NotifySettingsBuilder signedPath(@Nullable String path) {
        this.signedPath = path;
        return this;
    }

    public NotifySettingsBuilder maxAge(Duration age) {
        this.maxAge = age;
        return this;
    }

    public NotifySettingsBuilder maxClockSkew(Duration skew) {
        this.maxClockSkew = skew;
        return this;
    }

    public NotifySettingsBuilder partnerId(@Nullable String id) {
        this.partnerId = id;
        return this;
    }

    public NotifySettingsBuilder merchantId(@Nullable String id) {
        this.merchantId = id;
        return this;
    }

    public NotifySettingsBuilder clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    public NotifySettingsBuilder signature(NotifyStringToSign string, SignatureEncoding encoding) {
        this.stringToSign = string;
        this.signatureEncoding = encoding;
        return this;
    }

    public NotifySettings build() {
        return new NotifySettings(finpayPublicKey, signedPath, maxAge, maxClockSkew, partnerId, merchantId, clock,
                stringToSign, signatureEncoding);
    }
}

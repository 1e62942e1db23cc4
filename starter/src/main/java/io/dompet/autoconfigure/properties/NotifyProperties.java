package io.dompet.autoconfigure.properties;

import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.notify.NotifyStringToSign;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.finpay.notify.*}: verification of Finpay's Notify Top Up callbacks. {@code publicKey} is Finpay's
 * public key or X.509 certificate as PEM text or {@code file:PATH}. {@code maxAge} and {@code maxClockSkew} bound
 * {@code X-TIMESTAMP} into the past and the future for a notification not received before (a redelivery of one already
 * credited is acknowledged whatever its age); the README says why the defaults are what they are. In live mode
 * {@code partnerId} and {@code merchantId} are required, so that a notification signed for another merchant of the
 * same Finpay key is refused here. {@code stringToSign} ({@code snap} | {@code snap-raw-body}) and
 * {@code signatureEncoding} ({@code base64} | {@code hex}) choose the signature's recipe (PROTOCOL.md §5 question 2;
 * docs/finpay.md).
 */
@Validated
@ConfigurationProperties("dompet.finpay.notify")
public record NotifyProperties(
        @Nullable String publicKey,
        @Nullable String signedPath,
        @DefaultValue("24h") Duration maxAge,
        @DefaultValue("5m") Duration maxClockSkew,
        @Nullable String partnerId,
        @Nullable String merchantId,
        @DefaultValue("snap") NotifyStringToSign stringToSign,
        @DefaultValue("base64") SignatureEncoding signatureEncoding) {

    public static final String PREFIX = "dompet.finpay.notify";

    public List<String> missing() {
        return new Required(PREFIX).check("public-key", publicKey).check("partner-id", partnerId)
                .check("merchant-id", merchantId).missing();
    }

    /**
     * The notification verifier's settings, with the public key read (a blank value means unset); for a configuration
     * {@code StartupConfigurationCheck} accepted.
     *
     * @throws IllegalArgumentException naming the property whose value the verifier cannot use
     */
    public NotifySettings settings(Clock clock) {
        return new NotifySettings(KeyMaterial.publicKey(publicKey), blankToNull(signedPath), maxAge, maxClockSkew,
                blankToNull(partnerId), blankToNull(merchantId), clock, stringToSign, signatureEncoding);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

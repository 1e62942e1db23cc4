package io.dompet.autoconfigure.properties;

import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.snap.InquiryReference;
import io.dompet.adapter.finpay.snap.OriginalReferenceNo;
import io.dompet.adapter.finpay.snap.SnapSettings;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.finpay.snap.*}: Finpay's SNAP e-money API (customer top-up). {@code baseUrl} is scheme and host
 * before the documented paths, e.g. {@code https://snapstag.finnet.co.id}. {@code privateKey} is the merchant's RSA
 * private key as PEM text or {@code file:PATH}. {@code readTimeout} bounds each whole exchange (headers and body).
 * {@code inquiryReference}: the account inquiry's {@code partnerReferenceNo}, its own ({@code own}, the default: the
 * top-up's followed by {@code I}) or the top-up's ({@code shared}). {@code originalReferenceNo}: how the status
 * inquiry sends {@code originalReferenceNo} while Finpay's reference is unknown, left out ({@code omit}, the default)
 * or {@code ""} ({@code empty}). The switches bind the SNAP adapter's own enums.
 */
@Validated
@ConfigurationProperties("dompet.finpay.snap")
public record SnapProperties(
        @Nullable URI baseUrl,
        @Nullable @Size(max = 36) String clientId,
        @Nullable String clientSecret,
        @Nullable String privateKey,
        @Nullable @Size(max = 5) String channelId,
        @Nullable String origin,
        @DefaultValue("base64") SignatureEncoding signatureEncoding,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("own") InquiryReference inquiryReference,
        @DefaultValue("omit") OriginalReferenceNo originalReferenceNo) {

    public static final String PREFIX = "dompet.finpay.snap";

    /** The names of required properties that are not set. */
    public List<String> missing() {
        return new Required(PREFIX).check("base-url", baseUrl).check("client-id", clientId)
                .check("client-secret", clientSecret).check("private-key", privateKey).check("channel-id", channelId)
                .check("origin", origin).missing();
    }

    /**
     * The SNAP adapter's settings, with the private key read; for a configuration {@code StartupConfigurationCheck}
     * accepted.
     *
     * @throws IllegalArgumentException naming the property whose value the adapter cannot use
     */
    public SnapSettings settings(Clock clock) {
        return new SnapSettings(baseUrl, clientId, clientSecret, KeyMaterial.privateKey(privateKey), channelId, origin,
                signatureEncoding, connectTimeout, readTimeout, clock, inquiryReference, originalReferenceNo);
    }

    @Override
    public String toString() {
        return "SnapProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
                + Secrets.redacted(clientSecret) + ", privateKey=" + Secrets.redacted(privateKey) + ", channelId="
                + channelId + ", origin=" + origin + ", signatureEncoding=" + signatureEncoding + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", inquiryReference=" + inquiryReference + ", originalReferenceNo=" + originalReferenceNo + "]";
    }
}

package io.dompet.autoconfigure.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.snap.InquiryReference;
import io.dompet.adapter.finpay.snap.OriginalReferenceNo;
import io.dompet.adapter.finpay.snap.SnapSettings;
import io.dompet.sandbox.config.SandboxKeys;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SnapPropertiesTest {

    private static SnapProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate(SnapProperties.PREFIX, SnapProperties.class);
    }

    @Test
    void theTimeoutsAre2And15SecondsUnlessConfigured() {
        SnapProperties defaults = bind(Map.of());

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theAccountInquiryGetsItsOwnReferenceUnlessConfiguredShared() {
        assertThat(bind(Map.of()).inquiryReference()).isEqualTo(InquiryReference.OWN);
        assertThat(bind(Map.of("dompet.finpay.snap.inquiry-reference", "shared")).inquiryReference())
                .isEqualTo(InquiryReference.SHARED);
    }

    @Test
    void anUnknownOriginalReferenceIsLeftOutUnlessConfiguredEmpty() {
        assertThat(bind(Map.of()).originalReferenceNo()).isEqualTo(OriginalReferenceNo.OMIT);
        assertThat(bind(Map.of("dompet.finpay.snap.original-reference-no", "empty")).originalReferenceNo())
                .isEqualTo(OriginalReferenceNo.EMPTY);
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.snap.original-reference-no", "null")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("dompet.finpay.snap.original-reference-no");
    }

    @Test
    void theSignatureEncodingIsBase64UnlessConfiguredHexInAnyCase() {
        assertThat(bind(Map.of()).signatureEncoding()).isEqualTo(SignatureEncoding.BASE64);
        assertThat(bind(Map.of("dompet.finpay.snap.signature-encoding", "hex")).signatureEncoding())
                .isEqualTo(SignatureEncoding.HEX);
        assertThat(bind(Map.of("dompet.finpay.snap.signature-encoding", " HEX ")).signatureEncoding())
                .isEqualTo(SignatureEncoding.HEX);
        assertThat(bind(Map.of("dompet.finpay.snap.signature-encoding", "Base64")).signatureEncoding())
                .isEqualTo(SignatureEncoding.BASE64);
    }

    @Test
    void anUnknownSignatureEncodingIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.snap.signature-encoding", "base32")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("dompet.finpay.snap.signature-encoding");
    }

    @Test
    void theAdapterGetsTheBoundSwitchesAndTheReadPrivateKey() {
        SnapSettings settings = bind(Map.of("dompet.finpay.snap.base-url", "https://snapstag.finnet.co.id",
                "dompet.finpay.snap.client-id", "client", "dompet.finpay.snap.client-secret", "secret",
                "dompet.finpay.snap.private-key", SandboxKeys.bundled().merchantPrivateKeyPem(),
                "dompet.finpay.snap.channel-id", "95221", "dompet.finpay.snap.origin", "merchant.example",
                "dompet.finpay.snap.signature-encoding", "hex", "dompet.finpay.snap.inquiry-reference", "shared",
                "dompet.finpay.snap.read-timeout", "7s", "dompet.finpay.snap.original-reference-no", "empty"))
                .settings(Clock.systemUTC());

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://snapstag.finnet.co.id"));
        assertThat(settings.privateKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(settings.signatureEncoding()).isEqualTo(SignatureEncoding.HEX);
        assertThat(settings.inquiryReference()).isEqualTo(InquiryReference.SHARED);
        assertThat(settings.originalReferenceNo()).isEqualTo(OriginalReferenceNo.EMPTY);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(7));
    }
}

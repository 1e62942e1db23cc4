package io.dompet.bootstrap.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.snap.InquiryReference;
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
    void theAccountInquiryGetsItsOwnReferenceUnlessConfiguredShared() {
        assertThat(bind(Map.of()).inquiryReference()).isEqualTo(InquiryReference.OWN);
        assertThat(bind(Map.of("dompet.finpay.snap.inquiry-reference", "shared")).inquiryReference())
                .isEqualTo(InquiryReference.SHARED);
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
}

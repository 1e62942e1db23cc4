package io.dompet.bootstrap.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SnapPropertiesTest {

    private static SnapProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate(SnapProperties.PREFIX, SnapProperties.class);
    }

    @Test
    void theAccountInquiryGetsItsOwnReferenceUnlessConfiguredShared() {
        assertThat(bind(Map.of()).inquiryReference()).isEqualTo(SnapProperties.InquiryReference.OWN);
        assertThat(bind(Map.of("dompet.finpay.snap.inquiry-reference", "shared")).inquiryReference())
                .isEqualTo(SnapProperties.InquiryReference.SHARED);
    }
}

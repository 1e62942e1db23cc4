package io.dompet.autoconfigure.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.signature.HexCase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TopUpWidgetPropertiesTest {

    private static TopUpWidgetProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate(TopUpWidgetProperties.PREFIX, TopUpWidgetProperties.class);
    }

    @Test
    void theDefaultsAreWidgetTopUpAndTimeoutsOf2And15Seconds() {
        TopUpWidgetProperties defaults = bind(Map.of());

        assertThat(defaults.widgetRequestType()).isEqualTo("widgetTopUp");
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theSignatureKeyCaseIsUpperUnlessConfiguredLowerInAnyCase() {
        assertThat(bind(Map.of()).signatureKeyCase()).isEqualTo(HexCase.UPPER);
        assertThat(bind(Map.of("dompet.finpay.money.signature-key-case", "lower")).signatureKeyCase())
                .isEqualTo(HexCase.LOWER);
        assertThat(bind(Map.of("dompet.finpay.money.signature-key-case", " Lower ")).signatureKeyCase())
                .isEqualTo(HexCase.LOWER);
        assertThat(bind(Map.of("dompet.finpay.money.signature-key-case", "UPPER")).signatureKeyCase())
                .isEqualTo(HexCase.UPPER);
    }

    @Test
    void anUnknownSignatureKeyCaseIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.money.signature-key-case", "title")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("dompet.finpay.money.signature-key-case");
    }
}

package io.dompet.autoconfigure.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.billwidget.BillAmountFormat;
import io.dompet.adapter.finpay.billwidget.MerchantIdField;
import io.dompet.adapter.finpay.billwidget.SignatureValueStyle;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BillWidgetPropertiesTest {

    private static BillWidgetProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate(BillWidgetProperties.PREFIX, BillWidgetProperties.class);
    }

    @Test
    void theTimeoutsAre2And15SecondsUnlessConfigured() {
        BillWidgetProperties defaults = bind(Map.of());

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theMerchantIdFieldIsMerchantIdUnlessConfiguredUsernameAsTheReadmeSpellsIt() {
        assertThat(bind(Map.of()).merchantIdField()).isEqualTo(MerchantIdField.MERCHANT_ID);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.merchant-id-field", "username")).merchantIdField())
                .isEqualTo(MerchantIdField.USERNAME);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.merchant-id-field", "merchantId")).merchantIdField())
                .isEqualTo(MerchantIdField.MERCHANT_ID);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.merchant-id-field", " merchant-id ")).merchantIdField())
                .isEqualTo(MerchantIdField.MERCHANT_ID);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.merchant-id-field", "USERNAME")).merchantIdField())
                .isEqualTo(MerchantIdField.USERNAME);
    }

    @Test
    void anUnknownMerchantIdFieldIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.bill-widget.merchant-id-field", "user")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("dompet.finpay.bill-widget.merchant-id-field");
    }

    @Test
    void theSignatureCaseIsLowerUnlessConfiguredUpperInAnyCase() {
        assertThat(bind(Map.of()).signatureCase()).isEqualTo(HexCase.LOWER);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.signature-case", "upper")).signatureCase())
                .isEqualTo(HexCase.UPPER);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.signature-case", " UPPER ")).signatureCase())
                .isEqualTo(HexCase.UPPER);
    }

    @Test
    void anUnknownSignatureCaseIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.bill-widget.signature-case", "title")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("dompet.finpay.bill-widget.signature-case");
    }

    @Test
    void theSignatureTextSwitchesDefaultToJsonAsciiAndDecimalAndBindAsTheReadmeSpellsThem() {
        BillWidgetProperties defaults = bind(Map.of());
        BillWidgetProperties configured = bind(Map.of("dompet.finpay.bill-widget.signature-value-style", "php",
                "dompet.finpay.bill-widget.signature-upper-case", "unicode",
                "dompet.finpay.bill-widget.bill-amount-format", "integer"));

        assertThat(defaults.signatureValueStyle()).isEqualTo(SignatureValueStyle.JSON);
        assertThat(defaults.signatureUpperCase()).isEqualTo(UpperCasing.ASCII);
        assertThat(defaults.billAmountFormat()).isEqualTo(BillAmountFormat.DECIMAL);
        assertThat(configured.signatureValueStyle()).isEqualTo(SignatureValueStyle.PHP);
        assertThat(configured.signatureUpperCase()).isEqualTo(UpperCasing.UNICODE);
        assertThat(configured.billAmountFormat()).isEqualTo(BillAmountFormat.INTEGER);
        assertThat(bind(Map.of("dompet.finpay.bill-widget.signature-value-style", "joined")).signatureValueStyle())
                .isEqualTo(SignatureValueStyle.JOINED);
    }

    @Test
    void anUnknownValueOfANewSwitchIsRefusedNamingTheProperty() {
        for (String property : List.of("signature-value-style", "signature-upper-case", "bill-amount-format")) {
            assertThatThrownBy(() -> bind(Map.of("dompet.finpay.bill-widget." + property, "yaml")))
                    .isInstanceOf(BindException.class)
                    .hasMessageContaining("dompet.finpay.bill-widget." + property);
        }
    }
}

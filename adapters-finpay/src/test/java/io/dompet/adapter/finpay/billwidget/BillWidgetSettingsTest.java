package io.dompet.adapter.finpay.billwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.signature.HexCase;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BillWidgetSettingsTest {

    static final URI DEVO = URI.create("https://devo.finnet.co.id");

    @Test
    void defaults_are_the_merchant_id_field_a_lower_case_signature_and_explicit_timeouts() {
        BillWidgetSettings settings = BillWidgetSettings.of(DEVO, "merchant", "key", "DOMPET01", "Loket");

        assertThat(settings.merchantIdField()).isEqualTo(MerchantIdField.MERCHANT_ID);
        assertThat(settings.signatureCase()).isEqualTo(HexCase.LOWER);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.target()).isEqualTo("https://devo.finnet.co.id");
    }

    @Test
    void the_terminal_is_at_most_eight_characters_and_its_name_at_most_twenty() {
        assertThat(BillWidgetSettings.of(DEVO, "m", "k", "12345678", "12345678901234567890").terminal())
                .isEqualTo("12345678");
        assertThatThrownBy(() -> BillWidgetSettings.of(DEVO, "m", "k", "123456789", "Loket"))
                .hasMessageContaining("dompet.finpay.bill-widget.terminal must be at most 8");
        assertThatThrownBy(() -> BillWidgetSettings.of(DEVO, "m", "k", "T1", "123456789012345678901"))
                .hasMessageContaining("dompet.finpay.bill-widget.terminal-name must be at most 20");
    }

    @Test
    void a_missing_key_or_a_url_that_is_not_http_is_refused_naming_the_property_but_never_the_key() {
        assertThatThrownBy(() -> BillWidgetSettings.of(DEVO, "m", " ", "T1", "Loket"))
                .hasMessageContaining("dompet.finpay.bill-widget.merchant-key");
        assertThatThrownBy(() -> BillWidgetSettings.of(URI.create("ftp://devo.finnet.co.id"), "m", "k", "T1", "L"))
                .hasMessageContaining("dompet.finpay.bill-widget.base-url");
        assertThatThrownBy(() -> BillWidgetSettings.of(URI.create("https://devo.finnet.co.id/?a=b"), "m", "k", "T1",
                "L")).hasMessageContaining("no query");
        assertThatThrownBy(() -> BillWidgetSettings.of(DEVO, "m", "k", "T1", "L")
                .withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("connect-timeout");
    }

    @Test
    void to_string_never_shows_the_merchant_key() {
        assertThat(BillWidgetSettings.of(DEVO, "merchant", "Sup3r-Secret-Key", "T1", "Loket").toString())
                .contains("merchant").contains("(redacted)").doesNotContain("Sup3r-Secret-Key");
    }

    @Test
    void the_merchant_id_field_is_sent_under_its_json_name() {
        assertThat(MerchantIdField.MERCHANT_ID.fieldName()).isEqualTo("merchantId");
        assertThat(MerchantIdField.USERNAME.fieldName()).isEqualTo("username");
    }
}

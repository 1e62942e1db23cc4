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
    void theBaseUrlIsTheTargetOfFinpaysPaths() {
        BillWidgetSettings settings = BillWidgetSettingsBuilder.of(DEVO, "merchant", "key", "DOMPET01", "Loket").build();

        assertThat(settings.target()).isEqualTo("https://devo.finnet.co.id");
    }

    @Test
    void theTerminalIsAtMostEightCharactersAndItsNameAtMostTwenty() {
        assertThat(BillWidgetSettingsBuilder.of(DEVO, "m", "k", "12345678", "12345678901234567890").build().terminal())
                .isEqualTo("12345678");
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(DEVO, "m", "k", "123456789", "Loket").build())
                .hasMessageContaining("dompet.finpay.bill-widget.terminal must be at most 8");
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(DEVO, "m", "k", "T1", "123456789012345678901").build())
                .hasMessageContaining("dompet.finpay.bill-widget.terminal-name must be at most 20");
    }

    @Test
    void aMissingKeyOrAUrlThatIsNotHttpIsRefusedNamingThePropertyButNeverTheKey() {
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(DEVO, "m", " ", "T1", "Loket").build())
                .hasMessageContaining("dompet.finpay.bill-widget.merchant-key");
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(URI.create("ftp://devo.finnet.co.id"), "m", "k", "T1", "L").build())
                .hasMessageContaining("dompet.finpay.bill-widget.base-url");
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(URI.create("https://devo.finnet.co.id/?a=b"), "m", "k", "T1",
                "L").build()).hasMessageContaining("no query");
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(DEVO, "m", "k", "T1", "L")
                .timeouts(Duration.ZERO, Duration.ofSeconds(1)).build()).hasMessageContaining("connect-timeout");
    }

    @Test
    void aBaseUrlWithUserInfoIsRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(URI.create("ftp://u:hunter2@devo.finnet.co.id"), "m", "k",
                "T1", "L").build()).hasMessageContaining("dompet.finpay.bill-widget.base-url")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> BillWidgetSettingsBuilder.of(URI.create("https://u:hunter2@devo.finnet.co.id"), "m", "k",
                "T1", "L").build()).hasMessageContaining("no query, fragment or user info")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void toStringNeverShowsTheMerchantKey() {
        assertThat(BillWidgetSettingsBuilder.of(DEVO, "merchant", "Sup3r-Secret-Key", "T1", "Loket").build().toString())
                .contains("merchant").contains("(redacted)").doesNotContain("Sup3r-Secret-Key");
    }

    @Test
    void theMerchantIdFieldIsSentUnderItsJsonName() {
        assertThat(MerchantIdField.MERCHANT_ID.fieldName()).isEqualTo("merchantId");
        assertThat(MerchantIdField.USERNAME.fieldName()).isEqualTo("username");
    }
}

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
    void defaultsAreTheMerchantIdFieldALowerCaseSignatureAndExplicitTimeouts() {
        BillWidgetSettings settings = BillWidgetSettings.of(DEVO, "merchant", "key", "DOMPET01", "Loket");

        assertThat(settings.merchantIdField()).isEqualTo(MerchantIdField.MERCHANT_ID);
        assertThat(settings.signatureCase()).isEqualTo(HexCase.LOWER);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.target()).isEqualTo("https://devo.finnet.co.id");
    }

    @Test
    void theTerminalIsAtMostEightCharactersAndItsNameAtMostTwenty() {
        assertThat(BillWidgetSettings.of(DEVO, "m", "k", "12345678", "12345678901234567890").terminal())
                .isEqualTo("12345678");
        assertThatThrownBy(() -> BillWidgetSettings.of(DEVO, "m", "k", "123456789", "Loket"))
                .hasMessageContaining("dompet.finpay.bill-widget.terminal must be at most 8");
        assertThatThrownBy(() -> BillWidgetSettings.of(DEVO, "m", "k", "T1", "123456789012345678901"))
                .hasMessageContaining("dompet.finpay.bill-widget.terminal-name must be at most 20");
    }

    @Test
    void aMissingKeyOrAUrlThatIsNotHttpIsRefusedNamingThePropertyButNeverTheKey() {
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
    void toStringNeverShowsTheMerchantKey() {
        assertThat(BillWidgetSettings.of(DEVO, "merchant", "Sup3r-Secret-Key", "T1", "Loket").toString())
                .contains("merchant").contains("(redacted)").doesNotContain("Sup3r-Secret-Key");
    }

    @Test
    void theMerchantIdFieldIsSentUnderItsJsonName() {
        assertThat(MerchantIdField.MERCHANT_ID.fieldName()).isEqualTo("merchantId");
        assertThat(MerchantIdField.USERNAME.fieldName()).isEqualTo("username");
    }
}

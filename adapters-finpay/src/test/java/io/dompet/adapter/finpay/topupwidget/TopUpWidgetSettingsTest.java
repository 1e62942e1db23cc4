package io.dompet.adapter.finpay.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.signature.HexCase;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopUpWidgetSettingsTest {

    static final URI STAGING = URI.create("https://demos.finnet.co.id/apicobrand");

    @Test
    void theDefaultsAreWidgetTopUpAnUpperCaseKeyAndExplicitTimeouts() {
        TopUpWidgetSettings settings = TopUpWidgetSettings.of(STAGING, "merchant", "pw", "secret");

        assertThat(settings.widgetRequestType()).isEqualTo("widgetTopUp");
        assertThat(settings.signatureKeyCase()).isEqualTo(HexCase.UPPER);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theBaseUrlKeepsItsPathAndLosesATrailingSlash() {
        assertThat(TopUpWidgetSettings.of(STAGING, "m", "pw", "s").target()).isEqualTo("https://demos.finnet.co.id/apicobrand");
        assertThat(TopUpWidgetSettings.of(URI.create("https://demos.finnet.co.id/apicobrand/"), "m", "pw", "s").target())
                .isEqualTo("https://demos.finnet.co.id/apicobrand");
    }

    @Test
    void toStringShowsNeitherThePasswordNorTheSecretKey() {
        String text = TopUpWidgetSettings.of(STAGING, "merchant", "hunter2-password", "very-secret-key").toString();

        assertThat(text).contains("merchant", "demos.finnet.co.id").doesNotContain("hunter2-password", "very-secret-key");
    }

    @Test
    void missingOrUnusableValuesAreRefusedNamingThePropertyButNotTheSecret() {
        assertThatThrownBy(() -> TopUpWidgetSettings.of(STAGING, "m", " ", "s")).hasMessageContaining("password");
        assertThatThrownBy(() -> TopUpWidgetSettings.of(STAGING, "m", "pw", "")).hasMessageContaining("secret-key");
        assertThatThrownBy(() -> TopUpWidgetSettings.of(STAGING, "a:b", "pw", "s")).hasMessageContaining("username");
        assertThatThrownBy(() -> TopUpWidgetSettings.of(URI.create("ftp://x/y"), "m", "pw", "s")).hasMessageContaining("base-url");
        assertThatThrownBy(() -> TopUpWidgetSettings.of(URI.create("https://u:hunter2@x/y"), "m", "pw", "s"))
                .hasMessageContaining("base-url").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> TopUpWidgetSettings.of(STAGING, "m", "pw", "s").withWidgetRequestType("widgetTopUpLong"))
                .hasMessageContaining("widget-request-type");
        assertThatThrownBy(() -> TopUpWidgetSettings.of(STAGING, "m", "pw", "s").withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("connect-timeout");
    }
}

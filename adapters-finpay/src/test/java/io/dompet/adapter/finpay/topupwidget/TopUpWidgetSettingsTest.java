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
    void theBaseUrlKeepsItsPathAndLosesATrailingSlash() {
        assertThat(TopUpWidgetSettingsBuilder.of(STAGING, "m", "pw", "s").build().target()).isEqualTo("https://demos.finnet.co.id/apicobrand");
        assertThat(TopUpWidgetSettingsBuilder.of(URI.create("https://demos.finnet.co.id/apicobrand/"), "m", "pw", "s").build().target())
                .isEqualTo("https://demos.finnet.co.id/apicobrand");
    }

    @Test
    void toStringShowsNeitherThePasswordNorTheSecretKey() {
        String text = TopUpWidgetSettingsBuilder.of(STAGING, "merchant", "hunter2-password", "very-secret-key").build().toString();

        assertThat(text).contains("merchant", "demos.finnet.co.id").doesNotContain("hunter2-password", "very-secret-key");
    }

    @Test
    void missingOrUnusableValuesAreRefusedNamingThePropertyButNotTheSecret() {
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(STAGING, "m", " ", "s").build()).hasMessageContaining("password");
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(STAGING, "m", "pw", "").build()).hasMessageContaining("secret-key");
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(STAGING, "a:b", "pw", "s").build()).hasMessageContaining("username");
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(URI.create("ftp://x/y"), "m", "pw", "s").build()).hasMessageContaining("base-url");
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(URI.create("https://u:hunter2@x/y"), "m", "pw", "s").build())
                .hasMessageContaining("base-url").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(STAGING, "m", "pw", "s").widgetRequestType("widgetTopUpLong").build())
                .hasMessageContaining("widget-request-type");
        assertThatThrownBy(() -> TopUpWidgetSettingsBuilder.of(STAGING, "m", "pw", "s").timeouts(Duration.ZERO, Duration.ofSeconds(1)).build())
                .hasMessageContaining("connect-timeout");
    }
}

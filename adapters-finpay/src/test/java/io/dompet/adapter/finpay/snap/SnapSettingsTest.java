package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.interfaces.RSAPrivateCrtKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapSettingsTest {

    static final URI BASE = URI.create("https://snapstag.finnet.co.id");

    @Test
    void itsStringFormHidesTheSecretAndTheKey() {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) SnapEmoneyAdapterTest.PRIVATE_KEY;
        String shown = SnapSettingsBuilder.of(BASE, "client", "very-secret-value", key, "CH1", "dompet.id").build().toString();

        assertThat(shown).contains("client", "CH1", "redacted")
                .doesNotContain("very-secret-value")
                .doesNotContain(key.getPrivateExponent().toString(16).substring(0, 16))
                .doesNotContain(key.getModulus().toString(16).substring(0, 16));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://snap.finnet.co.id/v1.0", "https://snap.finnet.co.id/?a=b", "ftp://snap.finnet.co.id",
            "snap.finnet.co.id"})
    void aBaseUrlThatIsNotJustSchemeHostAndPortIsRefused(String url) {
        assertThatThrownBy(() -> SnapSettingsBuilder.of(URI.create(url), "client", "secret", SnapEmoneyAdapterTest.PRIVATE_KEY,
                "CH1", "dompet.id").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.snap.base-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://u:hunter2@snap.finnet.co.id", "ftp://u:hunter2@snap.finnet.co.id"})
    void aBaseUrlWithUserInfoIsRefusedWithoutShowingThePassword(String url) {
        assertThatThrownBy(() -> SnapSettingsBuilder.of(URI.create(url), "client", "secret",
                SnapEmoneyAdapterTest.PRIVATE_KEY, "CH1", "dompet.id").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dompet.finpay.snap.base-url")
                .hasMessageContaining("snap.finnet.co.id").hasMessageNotContaining("hunter2");
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsHarmless() {
        SnapSettings settings = SnapSettingsBuilder.of(URI.create("http://127.0.0.1:8080/"), "client", "secret",
                SnapEmoneyAdapterTest.PRIVATE_KEY, "CH1", "dompet.id").build();

        assertThat(settings.target()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aMissingSecretIsNamedWithoutBeingShown() {
        assertThatThrownBy(() -> SnapSettingsBuilder.of(BASE, "client", " ", SnapEmoneyAdapterTest.PRIVATE_KEY, "CH1", "dompet.id").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dompet.finpay.snap.client-secret must be set");
    }
}

package io.dompet.autoconfigure.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.notify.NotifyStringToSign;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.sandbox.config.SandboxKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NotifyPropertiesTest {

    private static NotifyProperties bind(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("dompet.finpay.notify.public-key", SandboxKeys.bundled().finpayPublicKeyPem());
        return new Binder(new MapConfigurationPropertySource(all))
                .bindOrCreate(NotifyProperties.PREFIX, NotifyProperties.class);
    }

    @Test
    void defaultsSignTheRequestPathAllowADayBackAndFiveMinutesAheadAndCheckNoIds() {
        NotifyProperties defaults = bind(Map.of());

        assertThat(defaults.signedPath()).isNull();
        assertThat(defaults.maxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.maxClockSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.partnerId()).isNull();
        assertThat(defaults.merchantId()).isNull();
    }

    @Test
    void blankIdsAndSignedPathLeaveTheirChecksOffAsIfUnset() {
        NotifySettings settings = bind(Map.of("dompet.finpay.notify.partner-id", " ",
                "dompet.finpay.notify.merchant-id", "", "dompet.finpay.notify.signed-path", ""))
                .settings(Clock.systemUTC());

        assertThat(settings.partnerId()).isNull();
        assertThat(settings.merchantId()).isNull();
        assertThat(settings.signedPath()).isNull();
    }

    @Test
    void theVerifierGetsTheConfiguredWindowAndIds() {
        NotifySettings settings = bind(Map.of("dompet.finpay.notify.partner-id", "finpay",
                "dompet.finpay.notify.merchant-id", "MERCHANT-1", "dompet.finpay.notify.signed-path", "/finpay/notify",
                "dompet.finpay.notify.max-age", "2h")).settings(Clock.systemUTC());

        assertThat(settings.partnerId()).isEqualTo("finpay");
        assertThat(settings.merchantId()).isEqualTo("MERCHANT-1");
        assertThat(settings.signedPath()).isEqualTo("/finpay/notify");
        assertThat(settings.maxAge()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.maxClockSkew()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theSignatureRecipeIsTheSnapStringInBase64UnlessConfiguredAsTheReadmeSpellsIt() {
        NotifySettings defaults = bind(Map.of()).settings(Clock.systemUTC());
        NotifySettings configured = bind(Map.of("dompet.finpay.notify.string-to-sign", "snap-raw-body",
                "dompet.finpay.notify.signature-encoding", "hex")).settings(Clock.systemUTC());

        assertThat(defaults.stringToSign()).isEqualTo(NotifyStringToSign.SNAP);
        assertThat(defaults.signatureEncoding()).isEqualTo(SignatureEncoding.BASE64);
        assertThat(configured.stringToSign()).isEqualTo(NotifyStringToSign.SNAP_RAW_BODY);
        assertThat(configured.signatureEncoding()).isEqualTo(SignatureEncoding.HEX);
    }

    @Test
    void anUnknownStringToSignOrEncodingIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.notify.string-to-sign", "raw")))
                .isInstanceOf(BindException.class).hasMessageContaining("dompet.finpay.notify.string-to-sign");
        assertThatThrownBy(() -> bind(Map.of("dompet.finpay.notify.signature-encoding", "base32")))
                .isInstanceOf(BindException.class).hasMessageContaining("dompet.finpay.notify.signature-encoding");
    }
}

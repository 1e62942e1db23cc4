package io.dompet.bootstrap.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.sandbox.config.SandboxKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}

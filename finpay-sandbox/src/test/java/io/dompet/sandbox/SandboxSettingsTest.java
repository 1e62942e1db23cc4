package io.dompet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SandboxSettingsTest {

    @Test
    void the_defaults_are_a_free_loopback_port_the_default_credentials_and_the_bundled_merchant_key() {
        SandboxSettings settings = SandboxSettings.defaults();

        assertThat(settings.port()).isZero();
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.merchantCallback()).isEmpty();
        assertThat(settings.credentials()).isEqualTo(SandboxCredentials.defaults());
        assertThat(settings.merchantPublicKeyPem()).isEqualTo(SandboxKeys.bundled().merchantPublicKeyPem());
    }

    @Test
    void each_with_method_changes_only_its_own_value() {
        SandboxSettings settings = SandboxSettings.defaults()
                .withPort(18089)
                .withMerchantCallbackUrl(URI.create("http://localhost:8080/callbacks/finpay/top-up"));

        assertThat(settings.port()).isEqualTo(18089);
        assertThat(settings.merchantCallbackUrl()).isEqualTo(URI.create("http://localhost:8080/callbacks/finpay/top-up"));
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void a_port_outside_the_tcp_range_is_rejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withPort(70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
    }

    @Test
    void a_relative_callback_url_is_rejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withMerchantCallbackUrl(URI.create("/callbacks")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merchantCallbackUrl");
    }

    @Test
    void a_merchant_key_that_is_not_a_public_key_pem_is_rejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults()
                .withMerchantPublicKeyPem(SandboxKeys.bundled().merchantPrivateKeyPem()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

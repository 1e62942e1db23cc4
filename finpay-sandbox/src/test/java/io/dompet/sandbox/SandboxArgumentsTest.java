package io.dompet.sandbox;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SandboxArgumentsTest {

    @Test
    void no_arguments_mean_port_8089_on_loopback_without_a_callback() {
        SandboxArguments arguments = SandboxArguments.parse();

        assertThat(arguments).isEqualTo(new SandboxArguments(8089, "127.0.0.1", null, false));
    }

    @Test
    void port_and_callback_url_are_read_as_separate_values() {
        SandboxArguments arguments = SandboxArguments.parse(
                "--port", "18089", "--callback-url", "http://localhost:8080/callbacks/finpay/top-up");

        assertThat(arguments.port()).isEqualTo(18089);
        assertThat(arguments.callbackUrl()).isEqualTo(URI.create("http://localhost:8080/callbacks/finpay/top-up"));
    }

    @Test
    void values_may_also_follow_an_equals_sign() {
        SandboxArguments arguments = SandboxArguments.parse("--port=0", "--bind=0.0.0.0");

        assertThat(arguments.port()).isZero();
        assertThat(arguments.bindAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void the_arguments_become_settings() {
        SandboxSettings settings = SandboxArguments.parse("--port", "18089", "--callback-url", "https://shop.example/cb")
                .toSettings();

        assertThat(settings.port()).isEqualTo(18089);
        assertThat(settings.merchantCallback()).hasValue(URI.create("https://shop.example/cb"));
        assertThat(settings.credentials()).isEqualTo(SandboxCredentials.defaults());
    }

    @Test
    void help_is_recognised() {
        assertThat(SandboxArguments.parse("--help").help()).isTrue();
        assertThat(SandboxArguments.USAGE).contains("--port N", "--callback-url URL");
    }

    @Test
    void a_port_that_is_not_a_number_is_rejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port", "eighty"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port").hasMessageContaining("eighty");
    }

    @Test
    void a_port_out_of_range_is_rejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port", "65536"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    void an_option_without_its_value_is_rejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--port needs a value");
    }

    @Test
    void a_callback_url_that_is_not_absolute_http_is_rejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--callback-url", "/callbacks/finpay/top-up"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--callback-url");
        assertThatThrownBy(() -> SandboxArguments.parse("--callback-url", "ftp://host/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--callback-url");
    }

    @Test
    void an_unknown_argument_is_rejected_by_name() {
        assertThatThrownBy(() -> SandboxArguments.parse("--verbose"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown argument: --verbose");
    }
}

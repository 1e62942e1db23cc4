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
    void noArgumentsMeanPort8089OnLoopbackWithoutACallback() {
        SandboxArguments arguments = SandboxArguments.parse();

        assertThat(arguments).isEqualTo(new SandboxArguments(8089, "127.0.0.1", null, false));
    }

    @Test
    void portAndCallbackUrlAreReadAsSeparateValues() {
        SandboxArguments arguments = SandboxArguments.parse(
                "--port", "18089", "--callback-url", "http://localhost:8080/callbacks/finpay/top-up");

        assertThat(arguments.port()).isEqualTo(18089);
        assertThat(arguments.callbackUrl()).isEqualTo(URI.create("http://localhost:8080/callbacks/finpay/top-up"));
    }

    @Test
    void valuesMayAlsoFollowAnEqualsSign() {
        SandboxArguments arguments = SandboxArguments.parse("--port=0", "--bind=0.0.0.0");

        assertThat(arguments.port()).isZero();
        assertThat(arguments.bindAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void theArgumentsBecomeSettings() {
        SandboxSettings settings = SandboxArguments.parse("--port", "18089", "--callback-url", "https://shop.example/cb")
                .toSettings();

        assertThat(settings.port()).isEqualTo(18089);
        assertThat(settings.merchantCallback()).hasValue(URI.create("https://shop.example/cb"));
        assertThat(settings.credentials()).isEqualTo(SandboxCredentials.defaults());
    }

    @Test
    void helpIsRecognised() {
        assertThat(SandboxArguments.parse("--help").help()).isTrue();
        assertThat(SandboxArguments.USAGE).contains("--port N", "--callback-url URL");
    }

    @Test
    void aPortThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port", "eighty"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port").hasMessageContaining("eighty");
    }

    @Test
    void aPortOutOfRangeIsRejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port", "65536"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    void anOptionWithoutItsValueIsRejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--port needs a value");
    }

    @Test
    void aCallbackUrlThatIsNotAbsoluteHttpIsRejected() {
        assertThatThrownBy(() -> SandboxArguments.parse("--callback-url", "/callbacks/finpay/top-up"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--callback-url");
        assertThatThrownBy(() -> SandboxArguments.parse("--callback-url", "ftp://host/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--callback-url");
    }

    @Test
    void anUnknownArgumentIsRejectedByName() {
        assertThatThrownBy(() -> SandboxArguments.parse("--verbose"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown argument: --verbose");
    }
}

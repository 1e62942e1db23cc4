package io.dompet.bootstrap.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.autoconfigure.sandbox.SandboxModeEnvironment;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.config.SnapVariant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code java -jar dompet.jar --dompet.doctor}: the doctor as a non-web run of dompet's own configuration (its mode
 * decided the same way), printing its report and exiting 0 only when every Finpay API accepted the configured values.
 */
@ExtendWith(OutputCaptureExtension.class)
class DoctorApplicationTest {

    @Test
    void theFlagAsksForTheDoctorUnlessItIsFalse() {
        assertThat(DoctorApplication.requested("--dompet.doctor")).isTrue();
        assertThat(DoctorApplication.requested("--server.port=9090", "--dompet.doctor=true")).isTrue();
        assertThat(DoctorApplication.requested("--dompet.doctor=false")).isFalse();
        assertThat(DoctorApplication.requested("--dompet.sandbox.port=0")).isFalse();
        assertThat(DoctorApplication.requested()).isFalse();
    }

    @Test
    void inSandboxModeEveryApiAcceptsDompetsConfigurationAndTheExitCodeIsZero(CapturedOutput log) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exitCode = DoctorApplication.run(new PrintStream(output, true, StandardCharsets.UTF_8),
                "--dompet.doctor", "--dompet.sandbox.port=0");

        String report = output.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(report).isZero();
        assertThat(report).contains("dompet connection doctor, sandbox mode: nothing configured: at most 60 calls")
                .contains("Every Finpay API accepted dompet's configuration");
        for (String call : List.of("SNAP access-token", "SNAP account-inquiry", "SNAP topup-status", "Money getToken",
                "Money widget/topup", "bill widget generate", "Notify verifier")) {
            assertThat(report).containsPattern("(?m)^" + call + " +accepted ");
        }
        assertThat(log.getOut()).as("no banner offering an API that is not served").doesNotContain("SANDBOX MODE");
    }

    @Test
    void inLiveModeAWrongSwitchIsNamedAndTheExitCodeIsOneAndNoSecretIsPrintedOrLogged(CapturedOutput log) {
        try (FinpaySandbox finpay = FinpaySandbox.start(SandboxSettings.defaults().withPort(0)
                .withSnapVariant(SnapVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX)))) {
            List<String> args = new ArrayList<>(List.of("--dompet.doctor"));
            SandboxModeEnvironment.defaults(finpay.baseUrl().toString().replaceAll("/+$", ""))
                    .forEach((name, value) -> args.add("--" + name + "=" + value));
            ByteArrayOutputStream output = new ByteArrayOutputStream();

            int exitCode = DoctorApplication.run(new PrintStream(output, true, StandardCharsets.UTF_8),
                    args.toArray(String[]::new));

            String report = output.toString(StandardCharsets.UTF_8);
            assertThat(exitCode).as(report).isEqualTo(1);
            assertThat(report).contains("dompet connection doctor, live mode: ")
                    .containsPattern("(?m)^SNAP account-inquiry +CHANGE +refused 4013700 .* with signature-encoding="
                            + "base64; accepted with signature-encoding=hex  → set dompet.finpay.snap.signature-encoding=hex$")
                    .containsPattern("(?m)^Notify verifier +checked +dompet.finpay.notify.public-key parses")
                    .doesNotContain("sandbox-only-snap-client-secret");
            SandboxCredentials credentials = SandboxCredentials.defaults();
            for (String secret : List.of(credentials.snap().clientSecret(), credentials.money().password(),
                    credentials.money().secretKey(), credentials.billWidget().merchantKey(), "PRIVATE KEY",
                    "081234567890")) {
                assertThat(report).doesNotContain(secret);
                assertThat(log.getAll()).doesNotContain(secret);
            }
        }
    }
}

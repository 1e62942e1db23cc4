package io.dompet.autoconfigure.properties;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.sandbox.*}: sandbox mode and the in-process Finpay sandbox. {@code enabled} is decided before the
 * context starts (see {@code ModeDecision}): true when set so, or when nothing at all is configured.
 * {@code slowAnswerDelay} is how long the sandbox delays its answer to test customer {@code …0002}.
 * {@code externalUrl} (sandbox mode only, a loopback {@code http} URL) points dompet at a sandbox that runs elsewhere,
 * e.g. in a test harness, instead of starting one in-process.
 */
@Validated
@ConfigurationProperties("dompet.sandbox")
public record SandboxProperties(boolean enabled, @DefaultValue("8089") @Min(0) @Max(65_535) int port,
                                @Nullable Duration slowAnswerDelay, @Nullable String externalUrl) {

    public static final String PREFIX = "dompet.sandbox";

    /**
     * How long the sandbox keeps test customer {@code …0002} waiting: by default 5 s longer than dompet's SNAP read
     * timeout, so that dompet gives up first, as the test customer is meant to show.
     */
    public Duration slowAnswerDelayAfter(Duration readTimeout) {
        return slowAnswerDelay != null ? slowAnswerDelay : readTimeout.plusSeconds(5);
    }
}

package io.dompet.bootstrap.properties;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.sandbox.*}: the in-process Finpay sandbox. {@code enabled} defaults to true when none of the three
 * Finpay base URLs is configured (decided before the context starts, see {@code SandboxModeEnvironment}).
 * {@code slowAnswerDelay} is how long the sandbox delays its answer to test customer {@code …0002}.
 */
@Validated
@ConfigurationProperties("dompet.sandbox")
public record SandboxProperties(boolean enabled, @DefaultValue("8089") @Min(0) @Max(65_535) int port,
                                @Nullable Duration slowAnswerDelay) {

    /**
     * How long the sandbox keeps test customer {@code …0002} waiting: by default 5 s longer than dompet's SNAP read
     * timeout, so that dompet gives up first, as the test customer is meant to show.
     */
    public Duration slowAnswerDelayAfter(Duration readTimeout) {
        return slowAnswerDelay != null ? slowAnswerDelay : readTimeout.plusSeconds(5);
    }
}

package io.dompet.bootstrap.properties;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.sandbox.*}: the in-process Finpay sandbox. {@code enabled} defaults to true when none of the three
 * Finpay base URLs is configured (decided before the context starts, see {@code SandboxModeEnvironment}).
 */
@Validated
@ConfigurationProperties("dompet.sandbox")
public record SandboxProperties(boolean enabled, @DefaultValue("8089") @Min(0) @Max(65_535) int port) {
}

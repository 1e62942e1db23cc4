package io.dompet.autoconfigure;

import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable configuration into Spring Boot's short "APPLICATION FAILED TO START" report. */
class InvalidConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
        return new FailureAnalysis(
                "dompet's configuration is incomplete or unusable: " + cause.getMessage(),
                "Set the properties named above (see the configuration section of README.md). To run against the"
                        + " built-in Finpay sandbox instead, configure nothing (or set dompet.sandbox.enabled=true and"
                        + " no Finpay base URL).",
                cause);
    }
}

package io.dompet.bootstrap;

import io.dompet.bootstrap.FinpayConfigurationCheck.FinpayConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable Finpay configuration into Spring Boot's "APPLICATION FAILED TO START" report. */
class FinpayConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<FinpayConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FinpayConfigurationException cause) {
        return new FailureAnalysis(
                "The Finpay configuration is incomplete or unusable: " + cause.getMessage(),
                "Set " + String.join(", ", cause.properties()) + " (see the configuration table in README.md),"
                        + " or configure none of dompet.finpay.*.base-url to run against the built-in sandbox.",
                cause);
    }
}

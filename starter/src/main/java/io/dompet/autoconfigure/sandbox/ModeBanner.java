package io.dompet.autoconfigure.sandbox;

import io.dompet.adapter.web.security.ApiKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Once dompet is ready, says which mode it runs in and why (which properties decided it, never their values); in
 * sandbox mode loudly, with where the sandbox listens and which API key to use. A run without a web server (the
 * connection doctor) says nothing here: it serves no API, and its report names the mode.
 */
public class ModeBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ModeBanner.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
        ModeDecision mode = ModeDecision.of(environment);
        if (!mode.sandbox()) {
            log.info("LIVE MODE: dompet talks to Finpay; the Finpay sandbox and its keys are not used ({})",
                    mode.reason());
            return;
        }
        String port = environment.getProperty("local.server.port", "8080");
        String sandbox = environment.getProperty("dompet.finpay.snap.base-url", "?");
        String where = environment.getProperty(SandboxModeEnvironment.EXTERNAL_URL) == null ? "in-process" : "external";
        log.warn("""

                ==========================================================================================
                  SANDBOX MODE: dompet talks to a Finpay sandbox, not to Finpay. No real money moves.
                  Why                        {}
                  Finpay sandbox             {}   ({}; health: {}/health)
                  Sandbox API key            X-API-Key: {}
                  Try                        curl -H 'X-API-Key: {}' http://localhost:{}/api/v1/wallets/081234567890
                  To talk to Finpay, configure Finpay's URLs and credentials (README.md, Configuration).
                ==========================================================================================""",
                mode.reason(), sandbox, where, sandbox, ApiKeys.SANDBOX_KEY, ApiKeys.SANDBOX_KEY, port);
    }
}

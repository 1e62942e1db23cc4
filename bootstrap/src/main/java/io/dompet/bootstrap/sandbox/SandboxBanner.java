package io.dompet.bootstrap.sandbox;

import io.dompet.sandbox.FinpaySandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/** Once dompet is ready, says loudly that it runs against the sandbox, where that listens, and which key to use. */
public class SandboxBanner implements ApplicationListener<ApplicationReadyEvent> {

    /** Documented in the README; only ever accepted in sandbox mode. */
    static final String SANDBOX_API_KEY = "dompet-sandbox-key";

    private static final Logger log = LoggerFactory.getLogger(SandboxBanner.class);

    private final FinpaySandbox sandbox;

    SandboxBanner(FinpaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.warn("""

                ==========================================================================================
                  SANDBOX MODE: dompet talks to its built-in Finpay sandbox, not to Finpay. No real money moves.
                  Finpay sandbox listens on  {}   (health: {}/health)
                  Sandbox API key            X-API-Key: {}
                  Try                        curl -H 'X-API-Key: {}' http://localhost:{}/api/v1/wallets/081234567890
                  Configure dompet.finpay.*.base-url (and credentials) to talk to Finpay instead.
                ==========================================================================================""",
                sandbox.baseUrl(), sandbox.baseUrl(), SANDBOX_API_KEY, SANDBOX_API_KEY, port);
    }
}

package io.dompet.autoconfigure.sandbox;

import io.dompet.sandbox.FinpaySandbox;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once dompet's web server knows its port, tells the sandbox where to send Notify Top Up: dompet's own callback,
 * as a merchant registers it with Finpay.
 */
class SandboxCallbackRegistration implements ApplicationListener<WebServerInitializedEvent> {

    static final String CALLBACK_PATH = "/callbacks/finpay/top-up";
    private static final Logger log = LoggerFactory.getLogger(SandboxCallbackRegistration.class);

    private final FinpaySandbox sandbox;

    SandboxCallbackRegistration(FinpaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        URI callback = URI.create("http://localhost:" + event.getWebServer().getPort() + CALLBACK_PATH);
        sandbox.merchantCallbackUrl(callback);
        log.info("The Finpay sandbox sends Notify Top Up to {}", callback);
    }
}

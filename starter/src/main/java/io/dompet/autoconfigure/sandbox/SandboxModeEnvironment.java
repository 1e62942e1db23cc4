package io.dompet.autoconfigure.sandbox;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before the context starts, whether dompet runs in sandbox mode ({@link ModeDecision}), and if so points
 * dompet's Finpay settings at the sandbox: the in-process one, or the one at {@code dompet.sandbox.external-url}.
 *
 * <p>The decision is the one property {@value #ENABLED} (true or false), always set here in the highest-precedence
 * property source. In sandbox mode the Finpay settings get defaults (the sandbox's URL, credentials and keys) in the
 * lowest-precedence property source, so anything configured explicitly wins (a Finpay base URL is refused in sandbox
 * mode, by {@code StartupConfigurationCheck}). A sandbox port of 0 is replaced by a free port here, because the URLs
 * must be known before the sandbox starts. The API documentation is served in sandbox mode and not in live mode,
 * unless {@value #API_DOCS} says otherwise. Without the sandbox on the class path no default is set (and
 * {@code StartupConfigurationCheck} refuses {@value #ENABLED}{@code =true}).
 */
public class SandboxModeEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String ENABLED = ModeDecision.ENABLED;
    public static final String PORT = "dompet.sandbox.port";
    public static final String EXTERNAL_URL = "dompet.sandbox.external-url";
    public static final String API_DOCS = "dompet.api.docs.enabled";
    public static final int DEFAULT_PORT = 8089;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().remove(ModeDecision.MODE_SOURCE);
        environment.getPropertySources().remove(ModeDecision.DEFAULTS_SOURCE);
        ModeDecision mode = ModeDecision.of(environment);

        Map<String, Object> decided = new LinkedHashMap<>();
        decided.put(ENABLED, mode.sandbox());
        boolean docs = environment.getProperty(API_DOCS, Boolean.class, mode.sandbox());
        decided.put("springdoc.api-docs.enabled", docs);
        decided.put("springdoc.swagger-ui.enabled", docs);
        if (mode.sandbox() && ModeDecision.sandboxOnClassPath()) {
            String external = environment.getProperty(EXTERNAL_URL);
            String base;
            if (external != null && !external.isBlank()) {
                base = externalBase(external);
            } else {
                int port = environment.getProperty(PORT, Integer.class, DEFAULT_PORT);
                if (port == 0) {
                    port = freeLoopbackPort();
                    decided.put(PORT, port);
                }
                base = "http://localhost:" + port;
            }
            environment.getPropertySources().addLast(new MapPropertySource(ModeDecision.DEFAULTS_SOURCE, defaults(base)));
        }
        environment.getPropertySources().addFirst(new MapPropertySource(ModeDecision.MODE_SOURCE, decided));
    }

    /** The base URL of the sandbox at {@code dompet.sandbox.external-url}: the value without trailing slashes. */
    public static String externalBase(String externalUrl) {
        return externalUrl.strip().replaceAll("/+$", "");
    }

    /** What dompet's Finpay settings default to in sandbox mode. */
    public static Map<String, Object> defaults(String base) {
        SandboxCredentials credentials = SandboxCredentials.defaults();
        SandboxKeys keys = SandboxKeys.bundled();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("dompet.finpay.snap.base-url", base);
        defaults.put("dompet.finpay.snap.client-id", credentials.snap().clientId());
        defaults.put("dompet.finpay.snap.client-secret", credentials.snap().clientSecret());
        defaults.put("dompet.finpay.snap.private-key", keys.merchantPrivateKeyPem());
        defaults.put("dompet.finpay.snap.channel-id", credentials.snap().channelId());
        defaults.put("dompet.finpay.snap.origin", "localhost");
        defaults.put("dompet.finpay.money.base-url", base + "/apicobrand");
        defaults.put("dompet.finpay.money.username", credentials.money().username());
        defaults.put("dompet.finpay.money.password", credentials.money().password());
        defaults.put("dompet.finpay.money.secret-key", credentials.money().secretKey());
        defaults.put("dompet.finpay.bill-widget.base-url", base);
        defaults.put("dompet.finpay.bill-widget.merchant-id", credentials.billWidget().merchantId());
        defaults.put("dompet.finpay.bill-widget.merchant-key", credentials.billWidget().merchantKey());
        defaults.put("dompet.finpay.bill-widget.terminal", "DOMPET01");
        defaults.put("dompet.finpay.bill-widget.terminal-name", "dompet sandbox");
        defaults.put("dompet.finpay.bill-widget.back-url", "http://localhost:8080/");
        defaults.put("dompet.finpay.bill-widget.return-url", "http://localhost:8080/");
        defaults.put("dompet.finpay.notify.public-key", keys.finpayPublicKeyPem());
        defaults.put("dompet.finpay.notify.partner-id", credentials.notifyTopUp().partnerId());
        defaults.put("dompet.finpay.notify.merchant-id", credentials.notifyTopUp().merchantId());
        return defaults;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the Finpay sandbox", e);
        }
    }

    /** After the configuration files are read, so that they can set the base URLs or the switch. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package io.dompet.bootstrap.sandbox;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before the context starts, whether dompet runs in sandbox mode, and if so points dompet's Finpay settings
 * at the in-process sandbox.
 *
 * <p>Sandbox mode is on when {@code dompet.sandbox.enabled} says so, or, when it is not set, when none of the three
 * Finpay base URLs is configured. In sandbox mode the Finpay settings get defaults (the sandbox's URL, credentials and
 * keys) in the lowest-precedence property source, so anything configured explicitly wins. A sandbox port of 0 is
 * replaced by a free port here, because the URLs must be known before the sandbox starts.
 */
public class SandboxModeEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String ENABLED = "dompet.sandbox.enabled";
    public static final String PORT = "dompet.sandbox.port";
    public static final int DEFAULT_PORT = 8089;
    static final List<String> BASE_URLS = List.of(
            "dompet.finpay.snap.base-url", "dompet.finpay.money.base-url", "dompet.finpay.bill-widget.base-url");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Boolean explicit = environment.getProperty(ENABLED, Boolean.class);
        boolean anyBaseUrl = BASE_URLS.stream().map(environment::getProperty)
                .anyMatch(value -> value != null && !value.isBlank());
        boolean sandbox = explicit != null ? explicit : !anyBaseUrl;

        Map<String, Object> decided = new LinkedHashMap<>();
        decided.put(ENABLED, sandbox);
        if (sandbox) {
            int port = environment.getProperty(PORT, Integer.class, DEFAULT_PORT);
            if (port == 0) {
                port = freeLoopbackPort();
                decided.put(PORT, port);
            }
            environment.getPropertySources().addLast(new MapPropertySource("dompet-sandbox-defaults", defaults(port)));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("dompet-sandbox-mode", decided));
    }

    /** What dompet's Finpay settings default to in sandbox mode. */
    static Map<String, Object> defaults(int port) {
        SandboxCredentials credentials = SandboxCredentials.defaults();
        SandboxKeys keys = SandboxKeys.bundled();
        String base = "http://localhost:" + port;
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

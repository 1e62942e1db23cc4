package io.dompet.sandbox;

import io.dompet.sandbox.config.SandboxSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The standalone sandbox's command line: {@code [--port N] [--bind ADDRESS] [--callback-url URL] [--help]}.
 * Options take their value as the next argument or after {@code =}.
 *
 * @param port        the port, {@value #DEFAULT_PORT} unless given
 * @param bindAddress the address to listen on, loopback unless given
 * @param callbackUrl the merchant's Notify Top Up URL, {@code null} unless given
 * @param help        whether {@code --help} was asked for
 */
record SandboxArguments(int port, String bindAddress, URI callbackUrl, boolean help) {

    static final int DEFAULT_PORT = 8089;

    static final String USAGE = """
            Usage: java -jar finpay-sandbox-<version>-standalone.jar [--port N] [--bind ADDRESS] [--callback-url URL]
              --port N            port to listen on, 0 for any free port (default %d)
              --bind ADDRESS      address to listen on (default %s)
              --callback-url URL  the merchant's Notify Top Up URL, e.g. http://localhost:8080/callbacks/finpay/top-up
              --help              print this help
            Sandbox-only keys and credentials: never use them anywhere real.""".formatted(DEFAULT_PORT,
            SandboxSettings.LOOPBACK);

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException naming the offending argument
     */
    static SandboxArguments parse(String... args) {
        Objects.requireNonNull(args, "args");
        int port = DEFAULT_PORT;
        String bindAddress = SandboxSettings.LOOPBACK;
        URI callbackUrl = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--port", "--bind", "--callback-url" -> {
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--port" -> port = port(value);
                        case "--bind" -> bindAddress = text(name, value);
                        default -> callbackUrl = url(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new SandboxArguments(port, bindAddress, callbackUrl, help);
    }

    SandboxSettings toSettings() {
        return SandboxSettings.defaults().withPort(port).withBindAddress(bindAddress).withMerchantCallbackUrl(callbackUrl);
    }

    private static int port(String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number: " + value);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535: " + value);
        }
        return port;
    }

    private static String text(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }

    private static URI url(String value) {
        try {
            URI url = new URI(value);
            if (url.isAbsolute() && url.getHost() != null
                    && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("--callback-url must be an absolute http(s) URL: " + value);
    }
}

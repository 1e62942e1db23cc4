package io.dompet.bootstrap;

import java.util.Map;

/**
 * Properties for a {@code SpringApplicationBuilder} run as {@code --name=value} arguments. Command-line arguments
 * outrank {@code application.yml}; the builder's {@code properties(...)} are default properties, which it outranks, so
 * a test's {@code server.port=0} or {@code dompet.sandbox.port=0} given that way would lose to 8080 and 8089 and
 * collide with anything else listening there.
 */
final class CommandLine {

    private CommandLine() {
    }

    static String[] args(Map<String, ?> properties) {
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }
}

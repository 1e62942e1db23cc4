package io.dompet.bootstrap;

import io.dompet.adapter.finpay.signature.InvalidKeyMaterialException;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.bootstrap.properties.ApiProperties;
import io.dompet.bootstrap.properties.BillWidgetProperties;
import io.dompet.bootstrap.properties.MoneyProperties;
import io.dompet.bootstrap.properties.NotifyProperties;
import io.dompet.bootstrap.properties.SandboxProperties;
import io.dompet.bootstrap.properties.SnapProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Refuses to start with a configuration dompet cannot work with, reporting every problem at once: outside sandbox
 * mode every required Finpay property and at least one API key must be set; in either mode the API key digests and
 * the key material must be usable. Runs when its bean is created; messages name properties, never values.
 */
final class StartupConfigurationCheck {

    StartupConfigurationCheck(ApiProperties api, SandboxProperties sandbox, SnapProperties snap, MoneyProperties money,
                              BillWidgetProperties billWidget, NotifyProperties notify) {
        Set<String> properties = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        if (!sandbox.enabled()) {
            List<String> missing = new ArrayList<>();
            missing.addAll(snap.missing());
            missing.addAll(money.missing());
            missing.addAll(billWidget.missing());
            missing.addAll(notify.missing());
            if (!missing.isEmpty()) {
                properties.addAll(missing);
                problems.add("sandbox mode is off, so these must be set: " + String.join(", ", missing));
            }
        }
        try {
            ApiKeys.of(api.keys(), sandbox.enabled());
        } catch (IllegalArgumentException e) {
            properties.add("dompet.api.keys.<client-name>");
            problems.add(e.getMessage());
        }
        check(SnapProperties.PREFIX + ".private-key", snap.privateKey(), KeyMaterial::privateKey, properties, problems);
        check(NotifyProperties.PREFIX + ".public-key", notify.publicKey(), KeyMaterial::publicKey, properties, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(List.copyOf(properties), String.join("; ", problems));
        }
    }

    private static void check(String property, @Nullable String value, Consumer<String> parser,
                              Set<String> properties, List<String> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            parser.accept(value);
        } catch (InvalidKeyMaterialException e) {
            properties.add(property);
            problems.add(property + " is not usable: " + e.getMessage());
        }
    }

    /** A configuration dompet cannot start with; the message names the properties, never their values. */
    static final class InvalidConfigurationException extends IllegalStateException {

        private final List<String> properties;

        InvalidConfigurationException(List<String> properties, String message) {
            super(message);
            this.properties = List.copyOf(properties);
        }

        List<String> properties() {
            return properties;
        }
    }
}

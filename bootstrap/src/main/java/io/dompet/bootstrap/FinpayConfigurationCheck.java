package io.dompet.bootstrap;

import io.dompet.adapter.finpay.signature.InvalidKeyMaterialException;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.bootstrap.properties.BillWidgetProperties;
import io.dompet.bootstrap.properties.MoneyProperties;
import io.dompet.bootstrap.properties.NotifyProperties;
import io.dompet.bootstrap.properties.SandboxProperties;
import io.dompet.bootstrap.properties.SnapProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Refuses to start with an incomplete or unusable Finpay configuration: outside sandbox mode every required property
 * must be set; in either mode the key material must parse. Runs when its bean is created, so start-up fails early
 * with a message naming each offending property (and never a key's text).
 */
final class FinpayConfigurationCheck {

    FinpayConfigurationCheck(SandboxProperties sandbox, SnapProperties snap, MoneyProperties money,
                             BillWidgetProperties billWidget, NotifyProperties notify) {
        if (!sandbox.enabled()) {
            List<String> missing = new ArrayList<>();
            missing.addAll(snap.missing());
            missing.addAll(money.missing());
            missing.addAll(billWidget.missing());
            missing.addAll(notify.missing());
            if (!missing.isEmpty()) {
                throw new FinpayConfigurationException(missing, "sandbox mode is off, so these must be set: "
                        + String.join(", ", missing));
            }
        }
        check(SnapProperties.PREFIX + ".private-key", snap.privateKey(), KeyMaterial::privateKey);
        check(NotifyProperties.PREFIX + ".public-key", notify.publicKey(), KeyMaterial::publicKey);
    }

    private static void check(String property, @Nullable String value, Consumer<String> parser) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            parser.accept(value);
        } catch (InvalidKeyMaterialException e) {
            throw new FinpayConfigurationException(List.of(property), property + " is not usable: " + e.getMessage());
        }
    }

    /** A Finpay configuration dompet cannot start with; the message names the properties, never their values. */
    static final class FinpayConfigurationException extends IllegalStateException {

        private final List<String> properties;

        FinpayConfigurationException(List<String> properties, String message) {
            super(message);
            this.properties = List.copyOf(properties);
        }

        List<String> properties() {
            return properties;
        }
    }
}

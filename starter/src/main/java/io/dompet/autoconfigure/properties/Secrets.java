package io.dompet.autoconfigure.properties;

import org.jspecify.annotations.Nullable;

/** How configuration records print a secret: whether it is set, never what it is. */
final class Secrets {

    private Secrets() {
    }

    static String redacted(@Nullable String secret) {
        return secret == null || secret.isBlank() ? "<unset>" : "<redacted>";
    }
}

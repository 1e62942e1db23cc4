package io.dompet.autoconfigure.sandbox;

import io.dompet.adapter.finpay.signature.InvalidKeyMaterialException;
import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.autoconfigure.properties.ApiProperties;
import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxKeys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's public credentials, keys and API key, looked for in a live configuration, which must never use them:
 * {@code StartupConfigurationCheck} refuses to start when it finds one.
 */
public final class SandboxValues {

    private SandboxValues() {
    }

    /** The live-mode properties that hold one of the sandbox's public credentials, keys or its API key. */
    public static List<String> foundIn(ApiProperties api, SnapProperties snap, TopUpWidgetProperties money,
                                BillWidgetProperties billWidget, NotifyProperties notify) {
        SandboxCredentials credentials = SandboxCredentials.defaults();
        SandboxKeys keys = SandboxKeys.bundled();
        List<String> found = new ArrayList<>();
        String sandboxKeyDigest = sha256Hex(ApiKeys.SANDBOX_KEY);
        api.keys().entrySet().stream().filter(entry -> entry.getValue() != null).sorted(Map.Entry.comparingByKey())
                .filter(entry -> List.of(entry.getValue().split(",")).stream()
                        .anyMatch(digest -> digest.strip().toLowerCase(Locale.ROOT).equals(sandboxKeyDigest)))
                .forEach(entry -> found.add("dompet.api.keys." + entry.getKey()));
        if (same(snap.clientSecret(), credentials.snap().clientSecret())) {
            found.add(SnapProperties.PREFIX + ".client-secret");
        }
        if (sameKey(snap.privateKey(), KeyMaterial::privateKey, keys.merchantPrivateKeyPem())) {
            found.add(SnapProperties.PREFIX + ".private-key");
        }
        if (same(money.password(), credentials.money().password())) {
            found.add(TopUpWidgetProperties.PREFIX + ".password");
        }
        if (same(money.secretKey(), credentials.money().secretKey())) {
            found.add(TopUpWidgetProperties.PREFIX + ".secret-key");
        }
        if (same(billWidget.merchantKey(), credentials.billWidget().merchantKey())) {
            found.add(BillWidgetProperties.PREFIX + ".merchant-key");
        }
        if (sameKey(notify.publicKey(), KeyMaterial::publicKey, keys.finpayPublicKeyPem())) {
            found.add(NotifyProperties.PREFIX + ".public-key");
        }
        return found;
    }

    private static boolean same(@Nullable String configured, String sandbox) {
        return configured != null && configured.strip().equals(sandbox);
    }

    /** Whether {@code configured} is the sandbox's key pair, however it is encoded (same RSA modulus). */
    private static boolean sameKey(@Nullable String configured, Function<String, ? extends Key> parser,
                                   String sandboxPem) {
        if (configured == null || configured.isBlank()) {
            return false;
        }
        try {
            return parser.apply(configured) instanceof RSAKey key && parser.apply(sandboxPem) instanceof RSAKey sandbox
                    && key.getModulus().equals(sandbox.getModulus());
        } catch (InvalidKeyMaterialException e) {
            return false; // reported as unusable
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}

package io.dompet.sandbox.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The sandbox's two committed RSA-2048 key pairs. <strong>Sandbox-only, public, never to be used anywhere
 * real.</strong> Generated once with {@code openssl} (commands in {@code finpay-sandbox/README.md}).
 * <ul>
 *   <li>The "Finpay" pair: the sandbox signs Notify Top Up callbacks with {@link #finpayPrivateKey()}; dompet
 *       verifies them with {@link #finpayPublicKeyPem()}.</li>
 *   <li>The "sandbox merchant" pair: in sandbox mode dompet signs its SNAP access-token requests with
 *       {@link #merchantPrivateKeyPem()}; the sandbox verifies them with {@link #merchantPublicKeyPem()}.</li>
 * </ul>
 * PEM texts are parsed with the JDK's {@link KeyFactory} alone (PKCS#8 private keys, X.509 SubjectPublicKeyInfo
 * public keys), deliberately independent of dompet's own key parser.
 */
public final class SandboxKeys {

    private static final String DIRECTORY = "/io/dompet/sandbox/keys/";

    private final String finpayPrivateKeyPem;
    private final String finpayPublicKeyPem;
    private final String merchantPrivateKeyPem;
    private final String merchantPublicKeyPem;
    private final PrivateKey finpayPrivateKey;
    private final PublicKey finpayPublicKey;
    private final PrivateKey merchantPrivateKey;
    private final PublicKey merchantPublicKey;

    private SandboxKeys() {
        finpayPrivateKeyPem = resource("finpay-private.pem");
        finpayPublicKeyPem = resource("finpay-public.pem");
        merchantPrivateKeyPem = resource("merchant-private.pem");
        merchantPublicKeyPem = resource("merchant-public.pem");
        finpayPrivateKey = parsePrivateKey(finpayPrivateKeyPem);
        finpayPublicKey = parsePublicKey(finpayPublicKeyPem);
        merchantPrivateKey = parsePrivateKey(merchantPrivateKeyPem);
        merchantPublicKey = parsePublicKey(merchantPublicKeyPem);
    }

    /** The committed keys, loaded from the classpath once. */
    public static SandboxKeys bundled() {
        return Bundled.KEYS;
    }

    /** The sandbox's "Finpay" private key (PKCS#8 PEM), which signs Notify Top Up callbacks. */
    public String finpayPrivateKeyPem() {
        return finpayPrivateKeyPem;
    }

    /** The sandbox's "Finpay" public key (X.509 PEM): dompet's notification verifier key in sandbox mode. */
    public String finpayPublicKeyPem() {
        return finpayPublicKeyPem;
    }

    /** The sandbox merchant's private key (PKCS#8 PEM): dompet's SNAP signing key in sandbox mode. */
    public String merchantPrivateKeyPem() {
        return merchantPrivateKeyPem;
    }

    /** The sandbox merchant's public key (X.509 PEM), with which the sandbox verifies token requests by default. */
    public String merchantPublicKeyPem() {
        return merchantPublicKeyPem;
    }

    public PrivateKey finpayPrivateKey() {
        return finpayPrivateKey;
    }

    public PublicKey finpayPublicKey() {
        return finpayPublicKey;
    }

    public PrivateKey merchantPrivateKey() {
        return merchantPrivateKey;
    }

    public PublicKey merchantPublicKey() {
        return merchantPublicKey;
    }

    /** Parses a PKCS#8 ({@code BEGIN PRIVATE KEY}) PEM RSA private key. */
    public static PrivateKey parsePrivateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }

    /** Parses an X.509 SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}) PEM RSA public key. */
    public static PublicKey parsePublicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 RSA public key", e);
        }
    }

    /** Names the keys, never their material. */
    @Override
    public String toString() {
        return "SandboxKeys[finpay RSA pair, sandbox merchant RSA pair]";
    }

    private static byte[] der(String pem, String label) {
        Objects.requireNonNull(pem, "pem");
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("expected a PEM block " + begin);
        }
        String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM block " + label + " is not Base64", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SandboxKeys.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("sandbox key missing from the classpath: " + DIRECTORY + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox key " + name, e);
        }
    }

    private static final class Bundled {
        static final SandboxKeys KEYS = new SandboxKeys();
    }
}

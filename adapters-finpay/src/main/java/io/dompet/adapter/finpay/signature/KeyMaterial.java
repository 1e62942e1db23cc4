package io.dompet.adapter.finpay.signature;

import java.io.IOException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads RSA keys from configuration values: either PEM text or {@code file:PATH} (relative to the working
 * directory or absolute, read as UTF-8).
 *
 * <p>PEM text may carry leading and trailing whitespace, Windows line endings, or line breaks written as the
 * two characters {@code \n} (as environment variables often hold them); the base64 body may even be on one line.
 * Only the first PEM block counts.
 *
 * <ul>
 *   <li>{@link #privateKey(String)}: a PKCS#8 or a PKCS#1 ("RSA") PEM private key.
 *   <li>{@link #publicKey(String)}: {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo), {@code BEGIN RSA PUBLIC KEY}
 *       (PKCS#1) or {@code BEGIN CERTIFICATE} (its subject public key; validity dates are not checked).
 * </ul>
 * Keys must be unencrypted RSA keys of at least {@value #MIN_RSA_BITS} bits. Anything else fails with an
 * {@link InvalidKeyMaterialException} whose message never contains the key text. Reading the value (text or file)
 * and cutting out its first PEM block is {@link PemSource}'s job; this class decides what the block may hold.
 */
public final class KeyMaterial {

    /** The shortest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    private static final String PKCS8_PRIVATE = "PRIVATE KEY";
    private static final String PKCS1_PRIVATE = "RSA PRIVATE KEY";
    private static final String ENCRYPTED_PKCS8_PRIVATE = "ENCRYPTED PRIVATE KEY";
    private static final String X509_PUBLIC = "PUBLIC KEY";
    private static final String PKCS1_PUBLIC = "RSA PUBLIC KEY";
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final Set<String> CERTIFICATE_LABELS = Set.of(CERTIFICATE, "X509 CERTIFICATE", "TRUSTED CERTIFICATE");

    private KeyMaterial() {
    }

    /**
     * An unencrypted RSA private key of at least {@value #MIN_RSA_BITS} bits, PKCS#8 or PKCS#1.
     *
     * @param pemOrFileRef PEM text, or {@code file:PATH}
     * @throws InvalidKeyMaterialException saying what is wrong, never quoting the key
     */
    public static PrivateKey privateKey(String pemOrFileRef) {
        PemSource source = PemSource.of(pemOrFileRef);
        PemSource.Block block = source.firstBlock();
        Object parsed;
        switch (block.label()) {
            case PKCS8_PRIVATE, PKCS1_PRIVATE -> parsed = block.parse(source);
            case ENCRYPTED_PKCS8_PRIVATE -> throw source.invalid(PemSource.ENCRYPTED);
            case "OPENSSH PRIVATE KEY" -> throw source.invalid(
                    "OpenSSH private keys are not supported; convert it to PKCS#8 PEM (ssh-keygen -p -m PKCS8 -f KEYFILE)");
            default -> throw source.invalid("expected a private key but found " + describe(block.label()));
        }
        if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            throw source.invalid(PemSource.ENCRYPTED);
        }
        if (!(parsed instanceof PrivateKeyInfo) && !(parsed instanceof PEMKeyPair)) {
            throw source.invalid("expected a private key but found " + describe(block.label()));
        }
        PrivateKey key;
        try {
            key = parsed instanceof PrivateKeyInfo info
                    ? new JcaPEMKeyConverter().getPrivateKey(info)
                    : new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) parsed).getPrivate();
        } catch (IOException | RuntimeException e) {
            // The cause is dropped on purpose: a converter's message might quote what it failed to read.
            throw source.invalid("the " + block.label() + " block does not hold a usable private key");
        }
        return requireStrongRsa(key, source);
    }

    /**
     * An RSA public key of at least {@value #MIN_RSA_BITS} bits, from a public key (X.509 or PKCS#1) or a certificate.
     *
     * @param pemOrFileRef PEM text, or {@code file:PATH}
     * @throws InvalidKeyMaterialException saying what is wrong, never quoting the key
     */
    public static PublicKey publicKey(String pemOrFileRef) {
        PemSource source = PemSource.of(pemOrFileRef);
        PemSource.Block block = source.firstBlock();
        if (!block.label().equals(X509_PUBLIC) && !block.label().equals(PKCS1_PUBLIC) && !block.label().equals(CERTIFICATE)) {
            throw source.invalid("expected a public key or a certificate but found " + describe(block.label()));
        }
        Object parsed = block.parse(source);
        SubjectPublicKeyInfo info;
        if (parsed instanceof SubjectPublicKeyInfo publicKeyInfo) {
            info = publicKeyInfo;
        } else if (parsed instanceof X509CertificateHolder certificate) {
            info = certificate.getSubjectPublicKeyInfo();
        } else {
            throw source.invalid("expected a public key or a certificate but found " + describe(block.label()));
        }
        PublicKey key;
        try {
            key = new JcaPEMKeyConverter().getPublicKey(info);
        } catch (IOException | RuntimeException e) {
            throw source.invalid("the " + block.label() + " block does not hold a usable public key");
        }
        return requireStrongRsa(key, source);
    }

    /**
     * Checks that {@code key} is an RSA key of at least {@value #MIN_RSA_BITS} bits.
     *
     * @throws InvalidKeyMaterialException otherwise
     */
    static <K extends Key> K requireStrongRsa(K key) {
        return requireStrongRsa(key, PemSource.INLINE);
    }

    /** {@code "RSA-2048"}: algorithm and size, safe to log. */
    static String describe(Key key) {
        if (key instanceof RSAKey rsa) {
            return "RSA-" + rsa.getModulus().bitLength();
        }
        return key.getAlgorithm();
    }

    private static <K extends Key> K requireStrongRsa(K key, PemSource source) {
        if (!"RSA".equals(key.getAlgorithm()) || !(key instanceof RSAKey rsa)) {
            throw source.invalid("expected an RSA key but found " + article(key.getAlgorithm()) + " key");
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_RSA_BITS) {
            throw source.invalid("RSA key of " + bits + " bits; at least " + MIN_RSA_BITS + " required");
        }
        return key;
    }

    private static String describe(String label) {
        if (CERTIFICATE_LABELS.contains(label)) {
            return "a certificate";
        }
        return switch (label) {
            case PKCS8_PRIVATE, PKCS1_PRIVATE, ENCRYPTED_PKCS8_PRIVATE, "OPENSSH PRIVATE KEY" -> "a private key";
            case X509_PUBLIC, PKCS1_PUBLIC -> "a public key";
            case "EC PRIVATE KEY" -> "an EC private key";
            case "DSA PRIVATE KEY" -> "a DSA private key";
            case "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST" -> "a certificate signing request";
            default -> "a PEM block labelled " + label;
        };
    }

    private static String article(String word) {
        return ("AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }
}

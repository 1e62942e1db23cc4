package io.dompet.adapter.finpay.signature;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
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
 * {@link InvalidKeyMaterialException} whose message never contains the key text.
 */
public final class KeyMaterial {

    /** The shortest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    static final String FILE_PREFIX = "file:";
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final Pattern ESCAPED_LINE_BREAK = Pattern.compile("\\\\r\\\\n|\\\\n|\\\\r");

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
        Source source = Source.of(pemOrFileRef);
        PemBlock block = source.firstBlock();
        Object parsed;
        switch (block.label()) {
            case PKCS8_PRIVATE, PKCS1_PRIVATE -> parsed = block.parse(source);
            case ENCRYPTED_PKCS8_PRIVATE -> throw source.invalid(encryptedMessage());
            case "OPENSSH PRIVATE KEY" -> throw source.invalid(
                    "OpenSSH private keys are not supported; convert it to PKCS#8 PEM (ssh-keygen -p -m PKCS8 -f KEYFILE)");
            default -> throw source.invalid("expected a private key but found " + describe(block.label()));
        }
        if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            throw source.invalid(encryptedMessage());
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
        Source source = Source.of(pemOrFileRef);
        PemBlock block = source.firstBlock();
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
        return requireStrongRsa(key, Source.INLINE);
    }

    /** {@code "RSA-2048"}: algorithm and size, safe to log. */
    static String describe(Key key) {
        if (key instanceof RSAKey rsa) {
            return "RSA-" + rsa.getModulus().bitLength();
        }
        return key.getAlgorithm();
    }

    private static <K extends Key> K requireStrongRsa(K key, Source source) {
        if (!"RSA".equals(key.getAlgorithm()) || !(key instanceof RSAKey rsa)) {
            throw source.invalid("expected an RSA key but found " + article(key.getAlgorithm()) + " key");
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_RSA_BITS) {
            throw source.invalid("RSA key of " + bits + " bits; at least " + MIN_RSA_BITS + " required");
        }
        return key;
    }

    private static String encryptedMessage() {
        return "encrypted private keys are not supported; provide it unencrypted as PKCS#8 or PKCS#1 PEM"
                + " (openssl pkey -in ENCRYPTED.pem -out KEY.pem) and protect the file or variable instead";
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

    /** Where the PEM text came from, so that messages can name a file (never the text). */
    private record Source(String text, String origin) {

        static final Source INLINE = new Source("", "");

        static Source of(String pemOrFileRef) {
            if (pemOrFileRef == null || pemOrFileRef.isBlank()) {
                throw new InvalidKeyMaterialException("key material is empty; give PEM text or file:PATH");
            }
            String value = pemOrFileRef.strip();
            if (value.startsWith(FILE_PREFIX)) {
                return readFile(value.substring(FILE_PREFIX.length()).strip());
            }
            return new Source(value, "");
        }

        private static Source readFile(String pathText) {
            if (pathText.isEmpty()) {
                throw new InvalidKeyMaterialException("file: needs a path, e.g. file:/etc/dompet/merchant-key.pem");
            }
            Path path;
            try {
                path = Path.of(pathText);
            } catch (InvalidPathException e) {
                throw new InvalidKeyMaterialException("not a valid file path: " + pathText, e);
            }
            String shown = path.isAbsolute() ? pathText : pathText + " (resolved to " + path.toAbsolutePath() + ")";
            if (!Files.exists(path)) {
                throw new InvalidKeyMaterialException("file not found: " + shown);
            }
            if (Files.isDirectory(path)) {
                throw new InvalidKeyMaterialException("not a file but a directory: " + shown);
            }
            try {
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new InvalidKeyMaterialException("file too large to be a PEM key (over 1 MiB): " + shown);
                }
                return new Source(Files.readString(path, StandardCharsets.UTF_8), "file " + shown + ": ");
            } catch (NoSuchFileException e) {
                throw new InvalidKeyMaterialException("file not found: " + shown, e);
            } catch (AccessDeniedException e) {
                throw new InvalidKeyMaterialException("file not readable (permission denied): " + shown, e);
            } catch (CharacterCodingException e) {
                throw new InvalidKeyMaterialException("file is not UTF-8 PEM text (a binary DER key? convert it to PEM"
                        + " with openssl): " + shown);
            } catch (IOException e) {
                throw new InvalidKeyMaterialException("file not readable: " + shown + " (" + e.getClass().getSimpleName() + ")");
            }
        }

        @Override
        public String toString() {
            return "Source[" + (origin.isEmpty() ? "PEM text" : origin) + "]";
        }

        InvalidKeyMaterialException invalid(String message) {
            return new InvalidKeyMaterialException(origin + message);
        }

        /** The first PEM block, re-wrapped canonically: 64 base64 characters a line, {@code \n} line breaks. */
        PemBlock firstBlock() {
            String normalized = ESCAPED_LINE_BREAK.matcher(text).replaceAll("\n").replace("\r\n", "\n").replace('\r', '\n');
            Matcher begin = BEGIN.matcher(normalized);
            if (!begin.find()) {
                throw invalid("not PEM: expected a -----BEGIN ...----- line (or file:PATH)");
            }
            String label = begin.group(1).strip();
            String endLine = "-----END " + label + "-----";
            int end = normalized.indexOf(endLine, begin.end());
            if (end < 0) {
                throw invalid("not PEM: the " + label + " block has no " + endLine + " line");
            }
            String body = normalized.substring(begin.end(), end);
            if (body.contains("Proc-Type:") && body.contains("ENCRYPTED")) {
                throw invalid(encryptedMessage());
            }
            if (body.contains(":")) {
                throw invalid("not PEM: the " + label + " block has headers, which are not supported");
            }
            String base64 = body.replaceAll("\\s+", "");
            if (base64.isEmpty() || base64.length() % 4 != 0 || !BASE64.matcher(base64).matches()) {
                throw invalid("malformed PEM: the body of the " + label + " block is not valid base64");
            }
            StringBuilder pem = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
            for (int i = 0; i < base64.length(); i += 64) {
                pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
            }
            pem.append(endLine).append('\n');
            return new PemBlock(label, pem.toString());
        }
    }

    /** One canonical PEM block. Its {@code toString()} shows the label only. */
    private record PemBlock(String label, String pem) {

        Object parse(Source source) {
            Object parsed;
            try (PEMParser parser = new PEMParser(new StringReader(pem))) {
                parsed = parser.readObject();
            } catch (IOException | RuntimeException e) {
                // The cause is dropped on purpose: a parser's message might quote what it failed to read.
                throw source.invalid("malformed PEM: the " + label + " block cannot be decoded");
            }
            if (parsed == null) {
                throw source.invalid("malformed PEM: the " + label + " block cannot be decoded");
            }
            return parsed;
        }

        @Override
        public String toString() {
            return "PemBlock[" + label + "]";
        }
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.openssl.PEMParser;

/**
 * Key material as configured: PEM text or {@code file:PATH}, with where it came from, so that messages can name a file
 * (never the text); it yields its first PEM block, re-wrapped canonically, for Bouncy Castle's {@link PEMParser}.
 * Hand-written because what {@link KeyMaterial} promises (escaped line breaks, one-line bodies, Windows line endings,
 * messages that name the file but never quote the key) is more than the parser offers; the parsing is Bouncy Castle's.
 */
record PemSource(String text, String origin) {

    static final PemSource INLINE = new PemSource("", "");

    static final String FILE_PREFIX = "file:";
    /** The message for an encrypted key, whether its PEM label or its headers say so. */
    static final String ENCRYPTED = "encrypted private keys are not supported; provide it unencrypted as PKCS#8 or"
            + " PKCS#1 PEM (openssl pkey -in ENCRYPTED.pem -out KEY.pem) and protect the file or variable instead";
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final Pattern ESCAPED_LINE_BREAK = Pattern.compile("\\\\r\\\\n|\\\\n|\\\\r");

    static PemSource of(String pemOrFileRef) {
        if (pemOrFileRef == null || pemOrFileRef.isBlank()) {
            throw new InvalidKeyMaterialException("key material is empty; give PEM text or file:PATH");
        }
        String value = pemOrFileRef.strip();
        if (value.startsWith(FILE_PREFIX)) {
            return readFile(value.substring(FILE_PREFIX.length()).strip());
        }
        return new PemSource(value, "");
    }

    private static PemSource readFile(String pathText) {
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
            return new PemSource(Files.readString(path, StandardCharsets.UTF_8), "file " + shown + ": ");
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
        return "PemSource[" + (origin.isEmpty() ? "PEM text" : origin) + "]";
    }

    InvalidKeyMaterialException invalid(String message) {
        return new InvalidKeyMaterialException(origin + message);
    }

    /** The first PEM block, re-wrapped canonically: 64 base64 characters a line, {@code \n} line breaks. */
    Block firstBlock() {
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
            throw invalid(ENCRYPTED);
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
        return new Block(label, pem.toString());
    }

    /** One canonical PEM block. Its {@code toString()} shows the label only. */
    record Block(String label, String pem) {

        Object parse(PemSource source) {
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
            return "Block[" + label + "]";
        }
    }
}

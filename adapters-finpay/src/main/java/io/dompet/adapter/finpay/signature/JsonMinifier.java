package io.dompet.adapter.finpay.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Removes the whitespace between JSON tokens (space, tab, line feed, carriage return) and keeps everything inside
 * strings exactly as it is, escapes included: the "minified body" whose SHA-256 a SNAP signature covers.
 *
 * <p>It works on UTF-8 bytes, which is safe because every byte of a multi-byte UTF-8 sequence is {@code >= 0x80}
 * and so can be neither whitespace, a quote nor a backslash. It does not check that the input is JSON: it only
 * tracks whether it is inside a string, where a backslash escapes the byte after it. Already compact input comes
 * back unchanged, which is why signing the compact bytes that are sent and signing their minified form agree.
 */
public final class JsonMinifier {

    private JsonMinifier() {
    }

    /** The minified form of the UTF-8 JSON {@code json}. */
    public static byte[] minify(byte[] json) {
        Objects.requireNonNull(json, "json must not be null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                out.write(b);
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
                out.write(b);
            } else if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** The minified form of {@code json}, as text. */
    public static String minify(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return new String(minify(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}

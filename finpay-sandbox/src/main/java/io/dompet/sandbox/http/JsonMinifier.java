package io.dompet.sandbox.http;

import java.io.ByteArrayOutputStream;

/**
 * SNAP's "minify": drops JSON whitespace (space, tab, line feed, carriage return) outside string values and keeps
 * every other byte as it is. A small scanner over the raw UTF-8 bytes, deliberately not a parse and re-serialise:
 * escapes ({@code \"}, {@code \\}, {@code \u00e9}) and whitespace inside strings stay exactly as sent. Bytes of
 * multi-byte UTF-8 characters are all ≥ 0x80, so they can never be mistaken for quotes, backslashes or whitespace.
 */
public final class JsonMinifier {

    private JsonMinifier() {
    }

    public static byte[] minify(byte[] json) {
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
}

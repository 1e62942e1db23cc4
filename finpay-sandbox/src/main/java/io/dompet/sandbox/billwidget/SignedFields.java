package io.dompet.sandbox.billwidget;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.JsonMinifier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The top-level fields of a request body as {@code merchantSignature} signs them, name → value text: a string's
 * value as it decodes; anything else (booleans, arrays, objects, numbers) as its JSON text exactly as received after
 * minification, cut from the body's bytes (never re-serialised, so key order and escapes inside {@code billInfo}
 * stay as the merchant sent them). A small scanner over valid JSON, not a parser: the body was parsed before.
 */
final class SignedFields {

    private final Map<String, String> values;
    private final Map<String, JsonNode> nodes;

    private SignedFields(Map<String, String> values, Map<String, JsonNode> nodes) {
        this.values = Collections.unmodifiableMap(values);
        this.nodes = Collections.unmodifiableMap(nodes);
    }

    /**
     * Reads the top-level fields of {@code body} (a JSON object, whitespace anywhere); empty when it is not a JSON
     * object or has a field twice.
     */
    static Optional<SignedFields> read(byte[] body) {
        byte[] json = JsonMinifier.minify(body);
        try {
            return Optional.ofNullable(scan(json));
        } catch (JacksonException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    /** Name → value text, in the body's order. */
    Map<String, String> values() {
        return values;
    }

    /** Name → the value as parsed (to tell a string {@code "true"} from the boolean, and to re-encode arrays). */
    Map<String, JsonNode> nodes() {
        return nodes;
    }

    private static SignedFields scan(byte[] json) {
        if (json.length < 2 || json[0] != '{' || json[json.length - 1] != '}') {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        int at = 1;
        if (json[at] == '}') {
            return at == json.length - 1 ? new SignedFields(values, nodes) : null;
        }
        while (true) {
            if (json[at] != '"') {
                return null;
            }
            int nameEnd = stringEnd(json, at);
            String name = Json.read(Arrays.copyOfRange(json, at, nameEnd), String.class);
            at = nameEnd;
            if (json[at] != ':') {
                return null;
            }
            int valueStart = at + 1;
            int valueEnd = valueEnd(json, valueStart);
            byte[] raw = Arrays.copyOfRange(json, valueStart, valueEnd);
            String text = raw.length > 0 && raw[0] == '"' ? Json.read(raw, String.class)
                    : new String(raw, StandardCharsets.UTF_8);
            if (values.putIfAbsent(name, text) != null) {
                return null;
            }
            nodes.put(name, Json.readTree(raw));
            at = valueEnd;
            if (json[at] == '}') {
                return at == json.length - 1 ? new SignedFields(values, nodes) : null;
            }
            if (json[at] != ',') {
                return null;
            }
            at++;
        }
    }

    /** The index just after the string starting at {@code start} (its opening quote). */
    private static int stringEnd(byte[] json, int start) {
        boolean escaped = false;
        for (int i = start + 1; i < json.length; i++) {
            if (escaped) {
                escaped = false;
            } else if (json[i] == '\\') {
                escaped = true;
            } else if (json[i] == '"') {
                return i + 1;
            }
        }
        throw new ArrayIndexOutOfBoundsException("unterminated string");
    }

    /** The index just after the value starting at {@code start}: a string, a nested array/object, or a literal. */
    private static int valueEnd(byte[] json, int start) {
        if (json[start] == '"') {
            return stringEnd(json, start);
        }
        int depth = 0;
        int i = start;
        while (i < json.length) {
            byte b = json[i];
            if (b == '"') {
                i = stringEnd(json, i);
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (b == ',' && depth == 0) {
                return i;
            }
            i++;
        }
        throw new ArrayIndexOutOfBoundsException("unterminated value");
    }
}

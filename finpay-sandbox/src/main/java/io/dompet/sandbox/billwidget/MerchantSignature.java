package io.dompet.sandbox.billwidget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.BillWidgetVariant.UpperCase;
import io.dompet.sandbox.config.BillWidgetVariant.ValueStyle;
import io.dompet.sandbox.http.Json;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/**
 * The bill widget's {@code merchantSignature} (PROTOCOL.md §4.1), written independently of dompet's signer: every
 * top-level field except {@code merchantSignature}, sorted by name; each value (see {@link SignedFields}) stringified
 * in the configured {@link ValueStyle}, upper-cased in the configured {@link UpperCase} and followed by {@code %};
 * then the merchant key as it is; SHA-256 of the UTF-8 bytes, hex in the configured case. Compared in constant time,
 * only in that variant.
 */
final class MerchantSignature {

    static final String FIELD = "merchantSignature";

    /** PHP's {@code json_encode} defaults: {@code /} as {@code \/}, every non-ASCII character as <code>&#92;uXXXX</code>. */
    private static final ObjectWriter PHP_JSON = Json.mapper().writer()
            .with(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).with(JsonWriteFeature.ESCAPE_NON_ASCII);
    /** A backslash-u escape (after an even run of backslashes, so not an escaped backslash followed by a u). */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u([0-9A-F]{4})");

    private final String merchantKey;
    private final BillWidgetSignatureCase signatureCase;
    private final ValueStyle valueStyle;
    private final UpperCase upperCase;

    MerchantSignature(String merchantKey, BillWidgetVariant variant) {
        this.merchantKey = merchantKey;
        this.signatureCase = variant.signatureCase();
        this.valueStyle = variant.valueStyle();
        this.upperCase = variant.upperCase();
    }

    /** Whether {@code sent} is the signature of {@code fields}. */
    boolean verifies(SignedFields fields, String sent) {
        byte[] expected = of(fields).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature of {@code fields}, in the configured case. */
    String of(SignedFields fields) {
        return signatureCase.hex(sha256(stringToSign(stringified(fields, valueStyle), merchantKey, upperCase)));
    }

    /** Name → the text each value is signed as, in {@code style}. */
    static Map<String, String> stringified(SignedFields fields, ValueStyle style) {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.values().forEach((name, text) -> texts.put(name, stringified(text, fields.nodes().get(name), style)));
        return texts;
    }

    private static String stringified(String text, JsonNode node, ValueStyle style) {
        if (node.isString() || style == ValueStyle.JSON) {
            return text;
        }
        if (style == ValueStyle.PHP) {
            if (node.isBoolean()) {
                return node.booleanValue() ? "1" : "";
            }
            return node.isNull() ? "" : node.isContainer() ? phpJson(node) : text;
        }
        if (node.isArray() && node.valueStream().allMatch(JsonNode::isValueNode)) {
            return node.valueStream().map(JsonNode::asString).collect(Collectors.joining(","));
        }
        return text;
    }

    /** {@code node} as PHP's {@code json_encode} writes it: Jackson's escapes, their hex digits in lower case as PHP's. */
    private static String phpJson(JsonNode node) {
        return UNICODE_ESCAPE.matcher(PHP_JSON.writeValueAsString(node))
                .replaceAll(escape -> Matcher.quoteReplacement(
                        escape.group(1) + "\\u" + escape.group(2).toLowerCase(Locale.ROOT)));
    }

    /** The text hashed; it ends with the merchant key, so it must never be logged. */
    static String stringToSign(Map<String, String> values, String merchantKey, UpperCase upperCase) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((name, value) -> {
            if (!FIELD.equals(name)) {
                text.append(upperCased(value, upperCase)).append('%');
            }
        });
        return text.append(merchantKey).toString();
    }

    private static String upperCased(String value, UpperCase upperCase) {
        if (upperCase == UpperCase.UNICODE) {
            return value.toUpperCase(Locale.ROOT);
        }
        StringBuilder upper = new StringBuilder(value.length());
        value.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)));
        return upper.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

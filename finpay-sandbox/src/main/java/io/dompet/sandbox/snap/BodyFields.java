package io.dompet.sandbox.snap;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.dompet.sandbox.http.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a SNAP request body field by field and rejects the first bad one by name: absent, {@code null} or
 * {@code ""} → 400xx02 {@code Invalid Mandatory Field {amount.value}}; not a string or not in the expected format
 * → 400xx01 {@code Invalid Field Format {amount.value}}. A body that is not a JSON object → 400xx00.
 */
final class BodyFields {

    private static final Pattern AMOUNT_VALUE = Pattern.compile("\\d{1,16}\\.\\d{2}");
    private static final Pattern ANY_AMOUNT_VALUE = Pattern.compile("\\d{1,16}(\\.\\d{2})?");

    private final SnapService service;
    private final JsonNode root;

    private BodyFields(SnapService service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    static BodyFields read(SnapService service, byte[] body) {
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (JacksonException e) {
            throw service.badRequest();
        }
        if (root == null || !root.isObject()) {
            throw service.badRequest();
        }
        return new BodyFields(service, root);
    }

    /** A mandatory string field (a dotted path for nested ones) accepted by {@code format}. */
    String text(String path, Predicate<String> format) {
        return optionalText(path, format).orElseThrow(() -> service.missing(path));
    }

    /** A mandatory string field of 1 to {@code maxLength} characters. */
    String text(String path, int maxLength) {
        return text(path, value -> value.length() <= maxLength);
    }

    /** Whether the field is there at all, whatever its value (even {@code null}). */
    boolean has(String path) {
        return node(path) != null;
    }

    /** Whether the field is the empty string {@code ""}. */
    boolean isEmptyText(String path) {
        JsonNode node = node(path);
        return node != null && node.isString() && node.stringValue().isEmpty();
    }

    /** An optional string field; empty when absent, {@code null} or {@code ""}. */
    Optional<String> optionalText(String path, Predicate<String> format) {
        JsonNode node = node(path);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
            return Optional.empty();
        }
        if (!node.isString() || !format.test(node.stringValue())) {
            throw service.invalidFormat(path);
        }
        return Optional.of(node.stringValue());
    }

    /** Whole rupiah or two decimals: the format a fee echoed from the inquiry may have. */
    static Pattern anyAmountValue() {
        return ANY_AMOUNT_VALUE;
    }

    /** A mandatory amount object: {@code value} like {@code 10000.00}, {@code currency} {@code IDR}. */
    Amount amount(String path) {
        return amount(path, AMOUNT_VALUE);
    }

    /** A mandatory amount object whose {@code value} matches {@code valueFormat} (e.g. whole rupiah too). */
    Amount amount(String path, Pattern valueFormat) {
        JsonNode node = node(path);
        if (node == null || node.isNull()) {
            throw service.missing(path);
        }
        if (!node.isObject()) {
            throw service.invalidFormat(path);
        }
        String value = text(path + ".value", valueFormat.asMatchPredicate());
        String currency = text(path + ".currency", Amount.IDR::equals);
        return new Amount(value, currency);
    }

    /** The node at a dotted path; null when absent. A parent that is not an object is rejected as malformed. */
    private JsonNode node(String path) {
        JsonNode node = root;
        String[] names = path.split("\\.");
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                if (node == null || node.isNull()) {
                    throw service.missing(walked.toString());
                }
                if (!node.isObject()) {
                    throw service.invalidFormat(walked.toString());
                }
                walked.append('.');
            }
            walked.append(names[i]);
            node = node.get(names[i]);
        }
        return node;
    }
}

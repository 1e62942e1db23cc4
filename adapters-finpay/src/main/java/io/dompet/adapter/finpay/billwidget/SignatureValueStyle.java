package io.dompet.adapter.finpay.billwidget;

import java.util.stream.Collectors;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the bill widget's {@code merchantSignature} takes a value that is not a string (PROTOCOL.md §4.1, §5 question 4):
 * Finpay's page does not say, so it is a configuration switch ({@code dompet.finpay.bill-widget.signature-value-style}).
 * Strings are always signed as they are, and the body sent is the same whatever the style: only the signed text differs.
 */
public enum SignatureValueStyle {

    /**
     * The default: arrays and objects as the compact JSON the body carries ({@code /} and non-ASCII unescaped),
     * booleans {@code true}/{@code false}.
     */
    JSON {
        @Override
        String text(JsonNode value) {
            return value.isBoolean() ? Boolean.toString(value.booleanValue()) : GenerateWidgetRequest.JSON.writeValueAsString(value);
        }
    },

    /**
     * As a PHP server recomputes it from the decoded body: arrays and objects by {@code json_encode} with its default
     * flags ({@code /} written {@code \/}, every non-ASCII character {@code \}{@code uXXXX}), booleans as PHP makes
     * them strings ({@code true} → {@code 1}, {@code false} → empty). Jackson writes the {@code \}{@code u} escapes' hex
     * digits upper case where PHP writes them lower case; the signature upper-cases every value, so both sign alike.
     */
    PHP {
        @Override
        String text(JsonNode value) {
            return value.isBoolean() ? (value.booleanValue() ? "1" : "") : PHP_JSON.writeValueAsString(value);
        }
    },

    /** Arrays as their elements' texts joined with {@code ,} (PHP's {@code implode}); objects and booleans as {@link #JSON}. */
    JOINED {
        @Override
        String text(JsonNode value) {
            if (value.isArray()) {
                return value.valueStream().map(JsonNode::asString).collect(Collectors.joining(","));
            }
            return JSON.text(value);
        }
    };

    /** {@code json_encode}'s defaults: compact, {@code \/}, and {@code \}{@code uXXXX} for everything non-ASCII. */
    private static final JsonMapper PHP_JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** The signed text of a boolean, an array or an object. */
    abstract String text(JsonNode value);
}

package io.dompet.adapter.web.billwidget;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Readers of JSON values that take each value only in its own JSON type. Spring Boot's JSON mapping coerces
 * ({@code 60.5} becomes the integer {@code 60}, {@code "60"} too, the number {@code 123456} the text
 * {@code "123456"}); for a bill widget, where a value is read wrongly it is refused instead, and the
 * {@code invalid-request} problem names its field. JSON {@code null} is read as null, as before.
 */
final class StrictJson {

    private StrictJson() {
    }

    /** A JSON string, and nothing else. */
    static final class Text extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            return parser.getString();
        }
    }

    /** A JSON integer that fits an {@code int}: no fraction, no exponent, no string. */
    static final class WholeNumber extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.getNumberType() != JsonParser.NumberType.INT) {
                return (Integer) context.handleUnexpectedToken(Integer.class, parser);
            }
            return parser.getIntValue();
        }
    }

    /** {@code true} or {@code false}, not {@code "true"} nor {@code 1}. */
    static final class Flag extends ValueDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_TRUE) && !parser.hasToken(JsonToken.VALUE_FALSE)) {
                return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
            }
            return parser.hasToken(JsonToken.VALUE_TRUE);
        }
    }
}

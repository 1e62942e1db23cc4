package io.dompet.adapter.web.json;

import io.dompet.domain.shared.DomainValidationException;
import io.dompet.domain.shared.InvalidMoneyException;
import io.dompet.domain.shared.InvalidPhoneNumberException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes domain values in JSON the way the API shows them.
 *
 * <ul>
 *   <li>{@link Money}: a JSON string with up to two decimals in ({@code "50000"}, {@code "50000.00"}); JSON numbers
 *       are refused, because binary floating point has no place near money. Written as {@code "50000.00"}.
 *   <li>{@link PhoneNumber}: a JSON string in any accepted form ({@code 08…}, {@code 628…}, {@code +628…}).
 *       Written masked ({@code 0812******90}): the API never shows a full phone number.
 * </ul>
 *
 * <p>A value the domain refuses fails with the domain's message, and Jackson records the JSON field it was read
 * from, so the {@code invalid-request} problem names the field.
 */
public final class DomainJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public DomainJacksonModule() {
        super("dompet-domain");
        addDeserializer(Money.class, new Parsed<>(new MoneyText(), Money::parse));
        addSerializer(Money.class, new Written<>(Money::toPlainString));
        addDeserializer(PhoneNumber.class, new Parsed<>(new PhoneNumberText(), PhoneNumber::parse));
        addSerializer(PhoneNumber.class, new Written<>(PhoneNumber::masked));
    }

    /**
     * The text of an amount, for a request that parses it itself ({@link Money#parse(String)}) so that it can name
     * every invalid field at once: a JSON string, never a JSON number, refused as {@link Money} refuses it.
     */
    public static final class MoneyText extends JsonText {
        /** An amount's pattern and description in the API description. */
        public static final String PATTERN = "^" + Money.DECIMAL_TEXT + "$";
        public static final String DESCRIPTION = "A decimal string with up to two decimals; JSON numbers are refused";

        public MoneyText() {
            super(() -> new InvalidMoneyException("amount must be a decimal string such as \"50000.00\""));
        }
    }

    /** The text of a phone number, for a request that parses it itself: a JSON string, refused as {@link PhoneNumber} refuses it. */
    public static final class PhoneNumberText extends JsonText {
        /** A customer's phone number's description in the API description. */
        public static final String DESCRIPTION = "The customer's Finpay Money number: 08…, 628… or +628…";

        public PhoneNumberText() {
            super(() -> new InvalidPhoneNumberException("phone number must be a JSON string such as \"081234567890\""));
        }
    }

    /** A JSON string's text; any other JSON type is refused with the domain's exception. */
    abstract static class JsonText extends ValueDeserializer<String> {
        private final Supplier<? extends DomainValidationException> refusal;

        JsonText(Supplier<? extends DomainValidationException> refusal) {
            this.refusal = refusal;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw refusal.get();
            }
            return parser.getString();
        }
    }

    /** A domain value parsed from a JSON string's text. */
    private static final class Parsed<T> extends ValueDeserializer<T> {
        private final JsonText text;
        private final Function<String, T> parse;

        Parsed(JsonText text, Function<String, T> parse) {
            this.text = text;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            return parse.apply(text.deserialize(parser, context));
        }
    }

    /** A domain value written as a JSON string. */
    private static final class Written<T> extends ValueSerializer<T> {
        private final Function<T, String> text;

        Written(Function<T, String> text) {
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(text.apply(value));
        }
    }
}

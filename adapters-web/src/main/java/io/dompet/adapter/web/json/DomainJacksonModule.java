package io.dompet.adapter.web.json;

import io.dompet.domain.shared.InvalidMoneyException;
import io.dompet.domain.shared.InvalidPhoneNumberException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
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
        addDeserializer(Money.class, new MoneyDeserializer());
        addSerializer(Money.class, new MoneySerializer());
        addDeserializer(PhoneNumber.class, new PhoneNumberDeserializer());
        addSerializer(PhoneNumber.class, new PhoneNumberSerializer());
    }

    /**
     * The text of an amount, for a request that parses it itself ({@link Money#parse(String)}) so that it can name
     * every invalid field at once: a JSON string, never a JSON number, refused as {@link Money} refuses it.
     */
    public static final class MoneyText extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InvalidMoneyException("amount must be a decimal string such as \"50000.00\"");
            }
            return parser.getString();
        }
    }

    /** The text of a phone number, for a request that parses it itself: a JSON string, refused as {@link PhoneNumber} refuses it. */
    public static final class PhoneNumberText extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InvalidPhoneNumberException("phone number must be a JSON string such as \"081234567890\"");
            }
            return parser.getString();
        }
    }

    private static final class MoneyDeserializer extends ValueDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) {
            return Money.parse(new MoneyText().deserialize(parser, context));
        }
    }

    private static final class MoneySerializer extends ValueSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.toPlainString());
        }
    }

    private static final class PhoneNumberDeserializer extends ValueDeserializer<PhoneNumber> {
        @Override
        public PhoneNumber deserialize(JsonParser parser, DeserializationContext context) {
            return PhoneNumber.parse(new PhoneNumberText().deserialize(parser, context));
        }
    }

    private static final class PhoneNumberSerializer extends ValueSerializer<PhoneNumber> {
        @Override
        public void serialize(PhoneNumber value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.masked());
        }
    }
}

package io.dompet.domain.shared;

import static io.dompet.domain.shared.ForAll.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dompet.domain.shared.PhoneNumbers.Format;
import java.util.Random;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PhoneNumberProperties {

    @Test
    void anyValidMobileNumberInAnyFormatWithAnySeparatorsParsesToTheSameCanonicalNumber() {
        check(random -> {
            String national = PhoneNumbers.anyNational(random);
            return new String[] {national, PhoneNumbers.writeAnyhow(national, random)};
        }, sample -> assertThat(PhoneNumber.parse(sample[1]).international()).isEqualTo("62" + sample[0]));
    }

    @Test
    void theThreeFormatsOfOneNumberParseToEqualNumbers() {
        check(random -> {
            String national = PhoneNumbers.anyNational(random);
            return new String[] {
                    PhoneNumbers.write(national, Format.LOCAL, random),
                    PhoneNumbers.write(national, Format.INTERNATIONAL, random),
                    PhoneNumbers.write(national, Format.PLUS_INTERNATIONAL, random),
            };
        }, texts -> {
            PhoneNumber local = PhoneNumber.parse(texts[0]);
            assertThat(PhoneNumber.parse(texts[1])).isEqualTo(local).hasSameHashCodeAs(local);
            assertThat(PhoneNumber.parse(texts[2])).isEqualTo(local).hasSameHashCodeAs(local);
        });
    }

    @Test
    void localAndInternationalFormsRoundTripThroughParse() {
        check(PhoneNumbers::any, number -> {
            assertThat(PhoneNumber.parse(number.local())).isEqualTo(number);
            assertThat(PhoneNumber.parse(number.international())).isEqualTo(number);
            assertThat(PhoneNumber.parse("+" + number.international())).isEqualTo(number);
            assertThat(new PhoneNumber(number.international())).isEqualTo(number);
        });
    }

    @Test
    void localAndInternationalFormsAreTheSameDigitsBehindTheirPrefixes() {
        check(PhoneNumbers::any, number -> {
            assertThat(number.local()).matches("08[1-9][0-9]{7,10}");
            assertThat(number.international()).matches("628[1-9][0-9]{7,10}");
            assertThat(number.local().substring(1)).isEqualTo(number.international().substring(2));
        });
    }

    @Test
    void maskedKeepsTheLengthAndTheFirstFourAndLastTwoDigitsAndHidesAtLeastFour() {
        check(PhoneNumbers::any, number -> {
            String local = number.local();
            String masked = number.masked();
            assertThat(masked).hasSameSizeAs(local)
                    .startsWith(local.substring(0, 4))
                    .endsWith(local.substring(local.length() - 2));
            assertThat(masked.substring(4, masked.length() - 2)).matches("\\*{4,7}");
            assertThat(number.toString()).isEqualTo(masked).doesNotContain(local);
        });
    }

    @Test
    void everyLengthOutsideTenToThirteenLocalDigitsIsRefusedAsTooShortOrTooLong() {
        check(random -> {
            boolean tooShort = random.nextBoolean();
            int localDigits = tooShort
                    ? 3 + random.nextInt(PhoneNumber.MIN_LOCAL_DIGITS - 3)
                    : PhoneNumber.MAX_LOCAL_DIGITS + 1 + random.nextInt(10);
            String national = "8" + (1 + random.nextInt(9)) + ForAll.digits(random, localDigits - 3);
            return PhoneNumbers.writeAnyhow(national, random);
        }, text -> assertThat(refusalOf(text)).matches("phone number is too (short|long): .*"));
    }

    @Test
    void numbersWhoseNationalPartDoesNotStartWith8AreRefusedAsNotMobile() {
        check(random -> {
            String national = (1 + random.nextInt(7)) + ForAll.digits(random, 6 + random.nextInt(7));
            return PhoneNumbers.writeAnyhow(national, random);
        }, text -> assertThat(refusalOf(text)).contains("not a landline"));
    }

    @Test
    void numbersStartingWith080AreRefusedAsNotMobile() {
        check(random -> PhoneNumbers.writeAnyhow("80" + ForAll.digits(random, 7 + random.nextInt(4)), random),
                text -> assertThat(refusalOf(text)).contains("toll-free"));
    }

    @Test
    void anyCharacterOtherThanADigitSpaceOrDashIsRefused() {
        check(random -> {
            String text = PhoneNumbers.write(PhoneNumbers.anyNational(random), Format.LOCAL, random);
            char foreign = ForAll.oneOf(random, 'a', 'O', 'l', '.', '/', '(', ')', '_', '\t', '\u00a0', '\u2013',
                    '+', '#', '*', '０', '٣', '३', '\u200b');
            int at = 1 + random.nextInt(text.strip().length() - 1);
            String stripped = text.strip();
            return stripped.substring(0, at) + foreign + stripped.substring(at);
        }, text -> assertThat(refusalOf(text)).contains("may contain only digits"));
    }

    @Test
    void noRefusalEverRepeatsTheDigitsOfTheInput() {
        check(PhoneNumberProperties::anyMangledNumber, text -> {
            String message = messageOf(text);
            if (message != null) {
                String digits = text.replaceAll("[^0-9]", "");
                for (int start = 0; start + 5 <= digits.length(); start++) {
                    assertThat(message).doesNotContain(digits.substring(start, start + 5));
                }
            }
        });
    }

    @Test
    void theConstructorAcceptsExactlyTheCanonicalStringsThatParseAccepts() {
        check(random -> "62" + ForAll.digits(random, 7 + random.nextInt(8)), digits -> {
            String viaParse = messageOf(digits);
            String viaConstructor = outcome(() -> new PhoneNumber(digits));
            assertThat(viaConstructor == null).as("constructor accepts").isEqualTo(viaParse == null);
            if (viaParse == null) {
                assertThat(PhoneNumber.parse(digits).international()).isEqualTo(digits);
            }
        });
    }

    @Test
    void parsingNeverFailsWithAnythingButInvalidPhoneNumberException() {
        check(PhoneNumberProperties::anyMangledNumber,
                text -> assertThatNoException().isThrownBy(() -> messageOf(text)));
    }

    /** A valid number, then maybe changed: a digit dropped, added or replaced, a prefix swapped, a separator doubled. */
    private static String anyMangledNumber(Random random) {
        String text = PhoneNumbers.writeAnyhow(PhoneNumbers.anyNational(random), random);
        Function<String, String> mangle = ForAll.oneOf(random,
                s -> s,
                s -> s.substring(0, s.length() - 1 - random.nextInt(Math.min(6, s.length() - 1))),
                s -> s + ForAll.digits(random, 1 + random.nextInt(4)),
                s -> s.replaceFirst("8", String.valueOf(random.nextInt(10))),
                s -> ForAll.oneOf(random, "", "0", "00", "+", "+0", "62", "+1", "+60", "1", "-", " ") + s.strip(),
                s -> s.replaceFirst("([0-9])([0-9])", "$1" + ForAll.oneOf(random, "  ", "--", " -", "x", ".") + "$2"));
        return mangle.apply(text);
    }

    private static String refusalOf(String text) {
        String message = messageOf(text);
        assertThat(message).as("refusal of the input").isNotNull();
        return message;
    }

    /** The refusal's message, or null if {@code text} parses. */
    private static @Nullable String messageOf(String text) {
        return outcome(() -> PhoneNumber.parse(text));
    }

    private static @Nullable String outcome(Runnable attempt) {
        InvalidPhoneNumberException refused = catchThrowableOfType(InvalidPhoneNumberException.class, attempt::run);
        return refused == null ? null : refused.getMessage();
    }
}

package io.dompet.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Indonesian mobile number, kept in one canonical form: the international digits without a plus,
 * e.g. {@code 6281234567890}.
 *
 * <p>{@link #parse(String)} accepts exactly three shapes, with single spaces or dashes between digits and
 * surrounding whitespace ignored:
 * <ul>
 *   <li>{@code 08…} (local), e.g. {@code 0812-3456-7890};</li>
 *   <li>{@code 628…} (international without plus), e.g. {@code 6281234567890};</li>
 *   <li>{@code +628…} (international), e.g. {@code +62 812 3456 7890}.</li>
 * </ul>
 * Indonesian mobile numbers are {@code 08} followed by 8 to 11 digits (10 to 13 digits in local form), and the
 * digit after {@code 08} is 1 to 9. Everything else is refused with a message naming the problem:
 * <ul>
 *   <li>landlines and other non-mobile numbers (e.g. {@code 021-5551234}, {@code +62 21 555 1234});</li>
 *   <li>{@code 080…} numbers ({@code 0800} toll-free and other service numbers): they are not mobile numbers
 *       and cannot hold a wallet;</li>
 *   <li>a trunk {@code 0} after the country code ({@code +62 0812…}, {@code 620812…}): the intent is guessable,
 *       but a number that routes money is taken only in a documented shape, so the message says how to write it;</li>
 *   <li>other countries, international dialling prefixes ({@code 0062…}), letters, brackets, dots, other
 *       whitespace, separators that are doubled or not between digits, too few or too many digits.</li>
 * </ul>
 * Only ASCII digits count: other Unicode digits are refused. Error messages never repeat the number, so they are
 * safe to log and to show; {@link #toString()} is {@link #masked()} for the same reason.
 */
public record PhoneNumber(String international) {

    /** Fewest digits of the local form, {@code 08} included. */
    public static final int MIN_LOCAL_DIGITS = 10;
    /** Most digits of the local form, {@code 08} included. */
    public static final int MAX_LOCAL_DIGITS = 13;

    private static final String COUNTRY_CODE = "62";
    private static final Pattern CANONICAL = Pattern.compile(
            COUNTRY_CODE + "8[1-9][0-9]{" + (MIN_LOCAL_DIGITS - 3) + "," + (MAX_LOCAL_DIGITS - 3) + "}");
    private static final String LENGTH_RULE =
            "a mobile number has " + MIN_LOCAL_DIGITS + " to " + MAX_LOCAL_DIGITS + " digits in 08… form";

    /** Checks the canonical form; use {@link #parse(String)} for input in any accepted format. */
    public PhoneNumber {
        Objects.requireNonNull(international, "phone number must not be null");
        if (!CANONICAL.matcher(international).matches()) {
            throw new InvalidPhoneNumberException(
                    "phone number must be in canonical form 628… (not 6280…) with " + MIN_LOCAL_DIGITS + " to "
                            + MAX_LOCAL_DIGITS + " local digits");
        }
    }

    /**
     * Parses {@code 08…}, {@code 628…} or {@code +628…}, with single spaces or dashes between digits, into the
     * canonical form.
     *
     * @throws InvalidPhoneNumberException naming the problem, never the number
     */
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPhoneNumberException("phone number is missing");
        }
        String trimmed = text.strip();
        boolean plus = trimmed.startsWith("+");
        String digits = digitsOf(plus ? trimmed.substring(1) : trimmed);

        String national;
        if (plus) {
            if (!digits.startsWith(COUNTRY_CODE)) {
                throw new InvalidPhoneNumberException("phone number must be Indonesian (+62)");
            }
            national = digits.substring(COUNTRY_CODE.length());
            requireNoTrunkZero(national);
        } else if (digits.startsWith(COUNTRY_CODE)) {
            national = digits.substring(COUNTRY_CODE.length());
            requireNoTrunkZero(national);
        } else if (digits.startsWith("0") && !digits.startsWith("00")) {
            national = digits.substring(1);
        } else {
            throw new InvalidPhoneNumberException("phone number must start with 08, 628 or +628");
        }

        if (national.isEmpty()) {
            throw new InvalidPhoneNumberException("phone number is too short: " + LENGTH_RULE);
        }
        if (national.charAt(0) != '8') {
            throw new InvalidPhoneNumberException("phone number must be a mobile number (08…), not a landline");
        }
        if (national.length() > 1 && national.charAt(1) == '0') {
            throw new InvalidPhoneNumberException(
                    "phone number must be a mobile number: 080… numbers are toll-free or service numbers");
        }
        int localDigits = national.length() + 1;
        if (localDigits < MIN_LOCAL_DIGITS) {
            throw new InvalidPhoneNumberException("phone number is too short: " + LENGTH_RULE);
        }
        if (localDigits > MAX_LOCAL_DIGITS) {
            throw new InvalidPhoneNumberException("phone number is too long: " + LENGTH_RULE);
        }
        return new PhoneNumber(COUNTRY_CODE + national);
    }

    /** The local form, {@code 08…}. */
    public String local() {
        return "0" + international.substring(COUNTRY_CODE.length());
    }

    /** The international form without plus, {@code 628…}. */
    @Override
    public String international() {
        return international;
    }

    /** Digits {@link #masked()} shows at the start: {@code 08} and the operator's two digits. */
    public static final int MASK_KEEPS_FIRST = 4;
    /** Digits {@link #masked()} shows at the end. */
    public static final int MASK_KEEPS_LAST = 2;

    /**
     * The local form with all but the first four and last two digits hidden, e.g. {@code 0812******90}: at least four
     * digits are hidden at every valid length (four of the shortest, ten digits), so a masked number cannot be
     * guessed from a few tries.
     */
    public String masked() {
        String local = local();
        return local.substring(0, MASK_KEEPS_FIRST) + "*".repeat(local.length() - MASK_KEEPS_FIRST - MASK_KEEPS_LAST)
                + local.substring(local.length() - MASK_KEEPS_LAST);
    }

    /** Masked, so that a phone number printed by accident never leaks into a log. */
    @Override
    public String toString() {
        return masked();
    }

    /** The ASCII digits of {@code body}, which must be digits with single spaces or dashes between them. */
    private static String digitsOf(String body) {
        StringBuilder digits = new StringBuilder(body.length());
        boolean afterSeparator = true; // a separator may neither open the number nor follow another separator
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                afterSeparator = false;
            } else if (c == ' ' || c == '-') {
                if (afterSeparator) {
                    throw new InvalidPhoneNumberException("phone number has misplaced separators");
                }
                afterSeparator = true;
            } else {
                throw new InvalidPhoneNumberException(
                        "phone number may contain only digits, spaces, dashes and a leading +");
            }
        }
        if (afterSeparator) {
            // ends with a separator, or has no digit at all (e.g. "+")
            throw new InvalidPhoneNumberException(digits.isEmpty()
                    ? "phone number is missing"
                    : "phone number has misplaced separators");
        }
        return digits.toString();
    }

    private static void requireNoTrunkZero(String national) {
        if (national.startsWith("0")) {
            throw new InvalidPhoneNumberException(
                    "phone number must not have a 0 after the country code: write +62812… or 0812…");
        }
    }
}

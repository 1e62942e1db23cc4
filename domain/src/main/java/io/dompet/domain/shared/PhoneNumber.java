package io.dompet.domain.shared;

import java.util.Objects;

/**
 * An Indonesian mobile number, kept in one canonical form: the international digits without a plus,
 * e.g. {@code 6281234567890}.
 *
 * <p>{@link #parse(String)} accepts {@code 08…}, {@code 628…} and {@code +628…}, with spaces or dashes between
 * digits. Indonesian mobile numbers are {@code 08} followed by 8 to 11 digits (10 to 13 digits in local form);
 * anything else, landlines included, is refused with a message naming the problem. Error messages never repeat
 * the number, so they are safe to log.
 */
public record PhoneNumber(String international) {

    /** Fewest digits of the local form, {@code 08} included. */
    public static final int MIN_LOCAL_DIGITS = 10;
    /** Most digits of the local form, {@code 08} included. */
    public static final int MAX_LOCAL_DIGITS = 13;

    public PhoneNumber {
        Objects.requireNonNull(international, "phone number must not be null");
        if (!international.matches("628\\d{" + (MIN_LOCAL_DIGITS - 2) + "," + (MAX_LOCAL_DIGITS - 2) + "}")) {
            throw new InvalidPhoneNumberException("phone number must be in canonical form 628… with 10 to 13 local digits");
        }
    }

    /** Parses any accepted format into the canonical form. */
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPhoneNumberException("phone number is missing");
        }
        String trimmed = text.strip();
        boolean plus = trimmed.startsWith("+");
        String body = plus ? trimmed.substring(1) : trimmed;
        if (!body.matches("[0-9 \\-]+")) {
            throw new InvalidPhoneNumberException("phone number may contain only digits, spaces, dashes and a leading +");
        }
        if (body.matches(".*[ \\-]{2,}.*") || body.matches("[ \\-].*|.*[ \\-]")) {
            throw new InvalidPhoneNumberException("phone number has misplaced separators");
        }
        String digits = body.replaceAll("[ \\-]", "");
        String national;
        if (plus) {
            if (!digits.startsWith("62")) {
                throw new InvalidPhoneNumberException("phone number must be Indonesian (+62)");
            }
            national = digits.substring(2);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw new InvalidPhoneNumberException("phone number must start with 08, 628 or +628");
        }
        if (!national.startsWith("8")) {
            throw new InvalidPhoneNumberException("phone number must be a mobile number (08…), not a landline");
        }
        int localDigits = national.length() + 1;
        if (localDigits < MIN_LOCAL_DIGITS) {
            throw new InvalidPhoneNumberException("phone number is too short: a mobile number has 10 to 13 digits in 08… form");
        }
        if (localDigits > MAX_LOCAL_DIGITS) {
            throw new InvalidPhoneNumberException("phone number is too long: a mobile number has 10 to 13 digits in 08… form");
        }
        return new PhoneNumber("62" + national);
    }

    /** The local form, {@code 08…}. */
    public String local() {
        return "0" + international.substring(2);
    }

    /** The international form without plus, {@code 628…}. */
    public String international() {
        return international;
    }

    /** The local form with all but the first four and last four digits hidden, e.g. {@code 0812****7890}. */
    public String masked() {
        String local = local();
        return local.substring(0, 4) + "*".repeat(local.length() - 8) + local.substring(local.length() - 4);
    }

    /** Masked, so that a phone number printed by accident never leaks into a log. */
    @Override
    public String toString() {
        return masked();
    }
}

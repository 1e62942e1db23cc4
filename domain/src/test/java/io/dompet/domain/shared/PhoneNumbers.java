package io.dompet.domain.shared;

import java.util.Random;

/** Test data: valid Indonesian mobile numbers and the ways people write them. */
public final class PhoneNumbers {

    /** The three accepted ways to write a number. */
    public enum Format {
        /** {@code 08…} */
        LOCAL("0"),
        /** {@code 628…} */
        INTERNATIONAL("62"),
        /** {@code +628…} */
        PLUS_INTERNATIONAL("+62");

        private final String prefix;

        Format(String prefix) {
            this.prefix = prefix;
        }
    }

    private PhoneNumbers() {
    }

    /** A valid number, e.g. for a wallet. */
    public static PhoneNumber any(Random random) {
        return new PhoneNumber("62" + anyNational(random));
    }

    /** A fixed valid number: {@code 081234567890}. */
    public static PhoneNumber example() {
        return new PhoneNumber("6281234567890");
    }

    /**
     * The national significant digits of a valid mobile number (the local form without its leading 0):
     * {@code 8}, a digit 1..9, then 7 to 10 digits, with the shortest and longest lengths drawn often.
     */
    public static String anyNational(Random random) {
        int rest = switch (random.nextInt(4)) {
            case 0 -> PhoneNumber.MIN_LOCAL_DIGITS - 3;
            case 1 -> PhoneNumber.MAX_LOCAL_DIGITS - 3;
            default -> PhoneNumber.MIN_LOCAL_DIGITS - 3 + random.nextInt(
                    PhoneNumber.MAX_LOCAL_DIGITS - PhoneNumber.MIN_LOCAL_DIGITS + 1);
        };
        return "8" + (1 + random.nextInt(9)) + ForAll.digits(random, rest);
    }

    /** {@code national} written in {@code format}, with random single spaces or dashes between digits. */
    public static String write(String national, Format format, Random random) {
        String digits = format.prefix.replace("+", "") + national;
        StringBuilder text = new StringBuilder(format == Format.PLUS_INTERNATIONAL ? "+" : "");
        double separatorChance = random.nextInt(3) * 0.25; // none, some or many separators
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && random.nextDouble() < separatorChance) {
                text.append(random.nextBoolean() ? ' ' : '-');
            }
            text.append(digits.charAt(i));
        }
        return random.nextInt(5) == 0 ? "  " + text + " " : text.toString();
    }

    /** {@code national} written in a random accepted format with random separators. */
    public static String writeAnyhow(String national, Random random) {
        return write(national, ForAll.oneOf(random, Format.values()), random);
    }
}

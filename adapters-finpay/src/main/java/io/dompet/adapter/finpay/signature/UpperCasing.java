package io.dompet.adapter.finpay.signature;

import java.util.Locale;

/**
 * How the bill widget's {@code merchantSignature} upper-cases each value (PROTOCOL.md §4.1), a configuration switch
 * ({@code dompet.finpay.bill-widget.signature-upper-case}) because Finpay's samples are PHP, whose {@code strtoupper}
 * (PHP 8) changes only {@code a}–{@code z}, while dompet first upper-cased every letter as Java does. Values without
 * non-ASCII letters sign identically either way.
 */
public enum UpperCasing {

    /** Only {@code a}..{@code z} become {@code A}..{@code Z}, as PHP 8's {@code strtoupper}; the default. */
    ASCII {
        @Override
        public String apply(String value) {
            char[] chars = value.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] >= 'a' && chars[i] <= 'z') {
                    chars[i] = (char) (chars[i] - 'a' + 'A');
                }
            }
            return new String(chars);
        }
    },

    /** Every letter, by Java's {@code toUpperCase(Locale.ROOT)} ({@code é} → {@code É}, {@code ß} → {@code SS}). */
    UNICODE {
        @Override
        public String apply(String value) {
            return value.toUpperCase(Locale.ROOT);
        }
    };

    /** {@code value} upper-cased this way. */
    public abstract String apply(String value);
}

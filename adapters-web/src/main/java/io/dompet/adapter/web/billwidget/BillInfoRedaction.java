package io.dompet.adapter.web.billwidget;

import io.dompet.domain.billwidget.BillInfo;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Hides a bill's personal data inside a text dompet did not write, such as a description from Finpay, before the text
 * is shown or logged: Finpay may echo the bill number, the customer's name, phone number or e-mail it was sent. Each
 * occurrence, in any letter case, becomes the field's name in brackets ({@code [billInfo.customerName]}); a phone
 * number also in its {@code 62…} and bare forms. Values shorter than {@value #MIN_LENGTH} characters are left alone:
 * they identify no one, and hiding them would garble codes and numbers in the text.
 */
final class BillInfoRedaction {

    static final int MIN_LENGTH = 3;

    private BillInfoRedaction() {
    }

    /** {@code text} with {@code bill}'s personal data hidden; empty when {@code text} is null. */
    static String redact(@Nullable String text, Optional<BillInfo> bill) {
        if (text == null) {
            return "";
        }
        if (bill.isEmpty()) {
            return text;
        }
        Map<String, String> fieldOf = personalData(bill.get());
        if (fieldOf.isEmpty()) {
            return text;
        }
        // one pass, longest values first, so that a shorter value never leaves part of a longer one behind
        String alternatives = fieldOf.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Matcher matcher = Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                "[" + fieldOf.getOrDefault(lower(match.group()), "billInfo") + "]"));
    }

    /** Each personal value, lower-cased, and the field it came from. */
    private static Map<String, String> personalData(BillInfo bill) {
        Map<String, String> fieldOf = new LinkedHashMap<>();
        put(fieldOf, bill.billNumber(), "billInfo.billNumber");
        put(fieldOf, bill.customerName(), "billInfo.customerName");
        put(fieldOf, bill.customerEmail(), "billInfo.customerEmail");
        String phone = bill.customerPhone();
        if (phone != null) {
            put(fieldOf, phone, "billInfo.customerPhone");
            if (phone.startsWith("0")) {
                put(fieldOf, "62" + phone.substring(1), "billInfo.customerPhone");
                put(fieldOf, phone.substring(1), "billInfo.customerPhone");
            } else if (phone.startsWith("62")) {
                put(fieldOf, "0" + phone.substring(2), "billInfo.customerPhone");
                put(fieldOf, phone.substring(2), "billInfo.customerPhone");
            }
        }
        return fieldOf;
    }

    private static void put(Map<String, String> fieldOf, @Nullable String value, String field) {
        if (value != null && value.strip().length() >= MIN_LENGTH) {
            fieldOf.putIfAbsent(lower(value.strip()), field);
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

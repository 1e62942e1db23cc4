package io.dompet.adapter.web.topup;

import io.dompet.domain.shared.PhoneNumber;

/**
 * Masks a customer's number inside a text dompet did not write, such as a message from Finpay, before the text is
 * shown: Finpay may echo the number it was sent, and the API never shows a full phone number.
 */
public final class PhoneNumberRedaction {

    private PhoneNumberRedaction() {
    }

    /** {@code text} with every occurrence of {@code number}, in any of its plain digit forms, masked. */
    public static String redact(String text, PhoneNumber number) {
        String masked = number.masked();
        String local = number.local();
        // longest forms first, so that a shorter form never leaves part of a longer one behind
        return text
                .replace("+" + number.international(), masked)
                .replace(number.international(), masked)
                .replace(local, masked)
                .replace(local.substring(1), masked);
    }
}

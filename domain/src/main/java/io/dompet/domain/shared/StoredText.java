package io.dompet.domain.shared;

/**
 * Free text from outside (Finpay's messages, dompet's own reasons) made fit to store and to log, in one place:
 * every run of control characters (NUL, line breaks, escapes) becomes one space, and the text is cut to the room
 * its column has, never in the middle of a surrogate pair. Identities (Finpay's referenceNo, the masked customer
 * name that must be sent back exactly) are never cleaned: they are refused or flagged instead.
 */
public final class StoredText {

    private StoredText() {
    }

    public static String clean(String text, int maxLength) {
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
        boolean inControlRun = false;
        for (int i = 0; i < text.length() && cleaned.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (!inControlRun) {
                    cleaned.append(' ');
                }
                inControlRun = true;
                continue;
            }
            inControlRun = false;
            if (Character.isHighSurrogate(c) && cleaned.length() + 1 >= maxLength) {
                break;
            }
            cleaned.append(c);
        }
        return cleaned.toString();
    }

    /** True when {@code text} holds no control character (PostgreSQL cannot store NUL; the others break logs). */
    public static boolean isPlain(String text) {
        return text.chars().noneMatch(Character::isISOControl);
    }
}

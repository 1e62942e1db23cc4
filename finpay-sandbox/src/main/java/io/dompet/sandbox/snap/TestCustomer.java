package io.dompet.sandbox.snap;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a top-up does for a customer number, chosen by its last four digits (any other {@code 08…} number
 * succeeds), and how the sandbox masks the number and the customer's name.
 */
enum TestCustomer {

    /** Any other number: processed, 200 {@code 2003800}. */
    SUCCEEDS(null, true),
    /** {@code …0001}: not processed, 404 {@code 4043811} Invalid Customer. */
    UNKNOWN("0001", false),
    /** {@code …0002}: processed, the success answer is held back past dompet's read timeout. */
    ANSWERS_AFTER_TIMEOUT("0002", true),
    /** {@code …0003}: processed, 500 {@code 5003800} General Error. */
    GENERAL_ERROR("0003", true),
    /** {@code …0004}: processed, 202 {@code 2023800} Request In Progress. */
    IN_PROGRESS("0004", true),
    /** {@code …0005}: not processed, 403 {@code 4033814} Insufficient Funds. */
    INSUFFICIENT_FUNDS("0005", false),
    /** {@code …0006}: processed, the success answer comes slowly (2 s by default). */
    SLOW_SUCCESS("0006", true),
    /** {@code …0007}: not processed, 502 with an HTML page. */
    BAD_GATEWAY("0007", false),
    /** {@code …0008}: the account inquiry answers slowly (3 s by default); the top-up then succeeds like any other. */
    SLOW_INQUIRY("0008", true),
    /** {@code …0009}: processed, then the connection is closed without an answer. */
    PROCESSED_THEN_DROPPED("0009", true),
    /** {@code …0010}: processed, then 502 with an HTML page. */
    PROCESSED_THEN_BAD_GATEWAY("0010", true),
    /** {@code …0011}: processed, then the headers and half the success body, a stall, and the connection closed. */
    PROCESSED_THEN_STALLED("0011", true);

    /** An {@code 08…} phone number of 10 to 16 digits. */
    static final Pattern NUMBER = Pattern.compile("08\\d{8,14}");

    /** Masked names, each with a space inside as Finpay's masking leaves them; one is chosen per number. */
    private static final List<String> MASKED_NAMES = List.of(
            "Bu di Sa**", "Si ti Nu**", "Ag us Pr**", "De wi La**", "Ek o Pu**", "Ri ni Wi**", "Jo ko Su**", "Nu r Ha**");

    private final String suffix;
    private final boolean processed;

    TestCustomer(String suffix, boolean processed) {
        this.suffix = suffix;
        this.processed = processed;
    }

    static TestCustomer of(String customerNumber) {
        for (TestCustomer customer : values()) {
            if (customer.suffix != null && customerNumber.endsWith(customer.suffix)) {
                return customer;
            }
        }
        return SUCCEEDS;
    }

    /** Whether a top-up for this customer credits the account (and appears in {@code GET /sandbox/top-ups}). */
    boolean processed() {
        return processed;
    }

    /** {@code XXXXXXXX7902} for {@code 081977817902}: X's, then the last four digits. Also used in log lines. */
    static String maskNumber(String customerNumber) {
        if (customerNumber == null || customerNumber.length() <= 4) {
            return "XXXX";
        }
        int hidden = customerNumber.length() - 4;
        return "X".repeat(hidden) + customerNumber.substring(hidden);
    }

    /** The masked name the inquiry returns for {@code customerNumber}, always the same for one number. */
    static String maskedName(String customerNumber) {
        return MASKED_NAMES.get(Math.floorMod(customerNumber.hashCode(), MASKED_NAMES.size()));
    }
}

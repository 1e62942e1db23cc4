package io.dompet.sandbox.notify;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dompet.sandbox.http.Request;
import io.dompet.sandbox.http.RequestRejectedException;
import io.dompet.sandbox.http.SnapError;
import tools.jackson.databind.JsonNode;

/**
 * What {@code POST /sandbox/notifications} asks for, checked field by field in this order; the first bad field is
 * named: absent, {@code null} or blank → {@code 400 4000002 Invalid Mandatory Field {phoneNo}}, present but wrong →
 * {@code 400 4000001 Invalid Field Format {phoneNo}}.
 *
 * @param phoneNo          normalised to {@code 628…} (accepted as {@code 08…}, {@code 628…} or {@code +628…})
 * @param amount           normalised to two decimals, e.g. {@code 50000.00} (accepted as {@code "50000"} too)
 * @param channel          any non-blank text up to {@value #MAX_CHANNEL_LENGTH} characters
 * @param deliverTwice     whether the notification is delivered again once the first round has finished
 * @param concurrentCopies how many copies of the same notification are delivered at once (1 to {@value #MAX_COPIES})
 */
record NotificationOrder(String phoneNo, String amount, String channel, boolean deliverTwice, int concurrentCopies) {

    static final int MAX_COPIES = 100;
    static final int MAX_CHANNEL_LENGTH = 64;

    private static final Pattern PHONE = Pattern.compile("(?:0|62|\\+62)(8\\d{8,14})");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,16}(?:\\.\\d{2})?");

    /** How many deliveries this order makes: the copies, twice when asked. */
    int deliveries() {
        return concurrentCopies * (deliverTwice ? 2 : 1);
    }

    /** Reads and checks the request body; rejects it naming the first bad field. */
    static NotificationOrder from(Request request) {
        JsonNode body = request.jsonTree();
        if (body == null || !body.isObject()) {
            throw RequestRejectedException.snap(SnapError.BAD_REQUEST);
        }
        return new NotificationOrder(phoneNo(body), amount(body), channel(body), deliverTwice(body),
                concurrentCopies(body));
    }

    /**
     * One notification delivered once, for a caller inside the sandbox; the same rules as the request body.
     *
     * @throws IllegalArgumentException naming the first bad field
     */
    static NotificationOrder single(String phoneNo, String amount, String channel) {
        String phone = phoneNo == null ? null : normalisedPhoneNo(phoneNo);
        if (phone == null) {
            throw new IllegalArgumentException("phoneNo must be 08…, 628… or +628… with 8 to 14 digits after the 8");
        }
        String value = amount == null ? null : normalisedAmount(amount);
        if (value == null) {
            throw new IllegalArgumentException("amount must be more than zero, with two decimals or none: " + amount);
        }
        if (channel == null || channel.isBlank() || !isChannel(channel)) {
            throw new IllegalArgumentException("channel must be non-blank text up to " + MAX_CHANNEL_LENGTH + " characters");
        }
        return new NotificationOrder(phone, value, channel, false, 1);
    }

    private static String phoneNo(JsonNode body) {
        String phone = normalisedPhoneNo(mandatoryText(body, "phoneNo"));
        if (phone == null) {
            throw invalidFormat("phoneNo");
        }
        return phone;
    }

    private static String amount(JsonNode body) {
        String amount = normalisedAmount(mandatoryText(body, "amount"));
        if (amount == null) {
            throw invalidFormat("amount");
        }
        return amount;
    }

    private static String channel(JsonNode body) {
        String channel = mandatoryText(body, "channel");
        if (!isChannel(channel)) {
            throw invalidFormat("channel");
        }
        return channel;
    }

    /** {@code 628…}, or {@code null} when {@code text} is not a phone number. */
    private static String normalisedPhoneNo(String text) {
        Matcher matcher = PHONE.matcher(text);
        return matcher.matches() ? "62" + matcher.group(1) : null;
    }

    /** Two decimals, or {@code null} when {@code text} is not a positive amount. */
    private static String normalisedAmount(String text) {
        if (!AMOUNT.matcher(text).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        return amount.signum() <= 0 ? null : amount.setScale(2).toPlainString();
    }

    private static boolean isChannel(String channel) {
        return channel.length() <= MAX_CHANNEL_LENGTH && channel.chars().noneMatch(Character::isISOControl);
    }

    private static boolean deliverTwice(JsonNode body) {
        JsonNode node = body.get("deliverTwice");
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw invalidFormat("deliverTwice");
        }
        return node.booleanValue();
    }

    private static int concurrentCopies(JsonNode body) {
        JsonNode node = body.get("concurrentCopies");
        if (node == null || node.isNull()) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > MAX_COPIES) {
            throw invalidFormat("concurrentCopies");
        }
        return node.intValue();
    }

    private static String mandatoryText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            throw RequestRejectedException.snap(new SnapError("4000002", "Invalid Mandatory Field {" + field + "}"));
        }
        if (!node.isString()) {
            throw invalidFormat(field);
        }
        return node.stringValue();
    }

    private static RequestRejectedException invalidFormat(String field) {
        return RequestRejectedException.snap(new SnapError("4000001", "Invalid Field Format {" + field + "}"));
    }
}

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

    private static String phoneNo(JsonNode body) {
        Matcher matcher = PHONE.matcher(mandatoryText(body, "phoneNo"));
        if (!matcher.matches()) {
            throw invalidFormat("phoneNo");
        }
        return "62" + matcher.group(1);
    }

    private static String amount(JsonNode body) {
        String text = mandatoryText(body, "amount");
        if (!AMOUNT.matcher(text).matches()) {
            throw invalidFormat("amount");
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0) {
            throw invalidFormat("amount");
        }
        return amount.setScale(2).toPlainString();
    }

    private static String channel(JsonNode body) {
        String channel = mandatoryText(body, "channel");
        if (channel.length() > MAX_CHANNEL_LENGTH || channel.chars().anyMatch(Character::isISOControl)) {
            throw invalidFormat("channel");
        }
        return channel;
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

package io.dompet.sandbox.money;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.regex.Pattern;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /apicobrand/widget/pay} {@code {access, channel, amount}}: what the widget page's Pay button calls.
 * Sends the signed Notify Top Up through the {@link TopUpNotifier}, waits for the merchant's answer and answers
 * {@code 200 {"status":"PAID","referenceNo","amount","channel","phoneNumber" (masked),"paidAt"}}. Otherwise
 * {@code {"error": "…"}} with: 400 (body, channel or amount wrong; amount at least 10000 with at most two
 * decimals), 404 (unknown access), 409 (already paid, a payment in progress, or no merchant callback URL) or 502
 * (the merchant did not accept the notification; the customer may pay again).
 */
final class WidgetPayEndpoint implements Endpoint {

    static final String PATH = MoneyApi.BASE_PATH + "/widget/pay";
    static final BigDecimal MIN_AMOUNT = new BigDecimal("10000");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,16}(?:\\.\\d{1,2})?");
    private static final Logger log = LoggerFactory.getLogger(WidgetPayEndpoint.class);

    private final WidgetSessions sessions;
    private final TopUpNotifier notifier;
    private final Clock clock;

    WidgetPayEndpoint(WidgetSessions sessions, TopUpNotifier notifier, Clock clock) {
        this.sessions = sessions;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public Reply handle(Request request) throws InterruptedException {
        JsonNode body;
        try {
            body = Json.readTree(request.body());
        } catch (JacksonException notJson) {
            return failure(400, "The request is not a JSON object.", null);
        }
        if (body == null || !body.isObject()) {
            return failure(400, "The request is not a JSON object.", null);
        }
        WidgetSession session = sessions.find(text(body, "access")).orElse(null);
        if (session == null) {
            return failure(404, "This top-up link is unknown or no longer valid.", null);
        }
        String channel = text(body, "channel");
        if (channel == null || !WidgetChannels.CODES.contains(channel)) {
            return failure(400, "Choose one of the channels: " + String.join(", ", WidgetChannels.CODES) + ".", null);
        }
        String amount = amount(body);
        if (amount == null) {
            return failure(400, "Enter an amount of at least 10000, with at most two decimals.", null);
        }
        if (!session.startPaying()) {
            return session.state() == WidgetSession.State.PAID
                    ? failure(409, "This top-up is already paid.", session.receipt().referenceNo())
                    : failure(409, "A payment for this top-up is in progress.", null);
        }
        TopUpNotifier.Outcome outcome;
        try {
            outcome = notifier.notifyTopUp(session.phoneNumber(), amount, channel);
        } catch (RuntimeException | InterruptedException e) {
            session.reopen();
            throw e;
        }
        if (!outcome.delivered()) {
            session.reopen();
            log.info("Finpay sandbox Money widget pay for customer {} amount {} via {} -> not delivered: {}",
                    session.maskedPhoneNumber(), amount, channel, outcome.problem());
            return failure(outcome.referenceNo() == null ? 409 : 502, outcome.problem(), outcome.referenceNo());
        }
        WidgetSession.Receipt receipt = new WidgetSession.Receipt(outcome.referenceNo(), amount, channel,
                MoneyTime.iso(clock.instant()));
        session.paid(receipt);
        log.info("Finpay sandbox Money widget pay for customer {} amount {} via {} -> paid, {}",
                session.maskedPhoneNumber(), amount, channel, receipt.referenceNo());
        return Reply.ok(new Paid("PAID", receipt.referenceNo(), amount, channel, session.maskedPhoneNumber(),
                receipt.paidAt()));
    }

    /** Two decimals, or {@code null} when the amount (text or number) is malformed or under 10000. */
    private static String amount(JsonNode body) {
        JsonNode node = body.get("amount");
        String text = node == null ? null : node.isString() ? node.stringValue().trim()
                : node.isNumber() ? node.decimalValue().toPlainString() : null;
        if (text == null || !AMOUNT.matcher(text).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        return amount.compareTo(MIN_AMOUNT) < 0 ? null : amount.setScale(2).toPlainString();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static Reply failure(int status, String error, String referenceNo) {
        return Reply.json(status, new Failure(error, referenceNo));
    }

    record Paid(String status, String referenceNo, String amount, String channel, String phoneNumber, String paidAt) {
    }

    record Failure(String error, String referenceNo) {
    }
}

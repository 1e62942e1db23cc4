package io.dompet.sandbox.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import io.dompet.sandbox.http.SnapError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /sandbox/notifications} (sandbox-only, no authentication): builds one Notify Top Up from
 * {@code {phoneNo, amount, channel, deliverTwice?, concurrentCopies?}}, serializes it once and hands its
 * deliveries to the {@link NotificationCourier}. Answers {@code 202 {"referenceNo","deliveries"}} at once, or with
 * {@code ?wait=true} {@code 200} once every delivery has finished, with each one's final state and HTTP status.
 * No callback URL configured → {@code 409 4090000}; a bad field → {@code 400} naming it.
 */
final class NotificationTriggerEndpoint implements Endpoint {

    static final String PATH = "/sandbox/notifications";
    static final SnapError NO_CALLBACK_URL = new SnapError("4090000",
            "Conflict. No merchant callback URL is configured: start the sandbox with --callback-url, or call"
                    + " FinpaySandbox.merchantCallbackUrl(URI)");
    private static final SnapError INTERRUPTED = new SnapError("5030000", "Service Unavailable. The sandbox is stopping");

    private static final Logger log = LoggerFactory.getLogger(NotificationTriggerEndpoint.class);

    private final Supplier<URI> callbackUrl;
    private final String merchantId;
    private final boolean prettyPrint;
    private final NotifyVariant.StringToSign recipe;
    private final Clock clock;
    private final NotificationIds ids;
    private final SentNotifications sent;
    private final NotificationCourier courier;

    NotificationTriggerEndpoint(Supplier<URI> callbackUrl, String merchantId, boolean prettyPrint,
                                NotifyVariant.StringToSign recipe, Clock clock, NotificationIds ids,
                                SentNotifications sent, NotificationCourier courier) {
        this.callbackUrl = callbackUrl;
        this.merchantId = merchantId;
        this.prettyPrint = prettyPrint;
        this.recipe = recipe;
        this.clock = clock;
        this.ids = ids;
        this.sent = sent;
        this.courier = courier;
    }

    @Override
    public Reply handle(Request request) {
        URI url = callbackUrl.get();
        if (url == null) {
            return Reply.snapError(NO_CALLBACK_URL);
        }
        NotificationOrder order = NotificationOrder.from(request);
        boolean wait = request.queryParameter("wait").map("true"::equalsIgnoreCase).orElse(false);
        Sending sending = send(url, order);
        SentNotification sentNotification = sending.notification();
        if (!wait) {
            return Reply.json(202, new Accepted(sentNotification.referenceNo(), order.deliveries()));
        }
        try {
            sending.finished().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.snapError(INTERRUPTED);
        } catch (ExecutionException e) {
            throw new IllegalStateException("delivering " + sentNotification.referenceNo() + " failed", e.getCause());
        }
        List<Result> results = sentNotification.deliveries().stream()
                .map(delivery -> new Result(delivery.number(), delivery.state().name(), delivery.lastStatus(),
                        delivery.attempts().size()))
                .toList();
        return Reply.ok(new Finished(sentNotification.referenceNo(), order.deliveries(), sentNotification.state().name(),
                results));
    }

    /**
     * Builds the notification {@code order} asks for, serializes it once, lists it and starts its deliveries to
     * {@code url}.
     */
    Sending send(URI url, NotificationOrder order) {
        Instant now = clock.instant();
        TopUpNotification notification = new TopUpNotification(ids.referenceNo(), order.phoneNo(),
                JakartaTime.format(now), merchantId,
                new TopUpNotification.Amount(order.amount(), TopUpNotification.Amount.IDR),
                "Top up via " + order.channel(), order.channel());
        byte[] body = prettyPrint
                ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(notification)
                : Json.write(notification);
        SentNotification sentNotification = SentNotification.of(notification, body, recipe, url, now, order);
        sent.add(sentNotification);
        log.info("Finpay sandbox Notify Top Up {} for customer {} amount {} via {}: {} deliveries to {}",
                notification.referenceNo(), masked(order.phoneNo()), order.amount(), order.channel(),
                order.deliveries(), withoutQuery(url));
        return new Sending(sentNotification, courier.deliver(sentNotification));
    }

    /** All but the last four digits replaced by {@code X}: phone numbers never appear whole in logs. */
    static String masked(String phoneNo) {
        int keep = Math.min(4, phoneNo.length());
        return "X".repeat(phoneNo.length() - keep) + phoneNo.substring(phoneNo.length() - keep);
    }

    private static String withoutQuery(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + NotificationSignature.callbackPath(url);
    }

    /**
     * A notification whose deliveries have started.
     *
     * @param notification what is sent, with its deliveries
     * @param finished     completes when every delivery has been delivered or given up
     */
    record Sending(SentNotification notification, CompletableFuture<Void> finished) {
    }

    record Accepted(String referenceNo, int deliveries) {
    }

    record Finished(String referenceNo, int deliveries, String state, List<Result> results) {
    }

    /**
     * @param delivery the delivery's number
     * @param state    {@code DELIVERED} or {@code GAVE_UP}
     * @param status   the last attempt's HTTP status; {@code null} when it got no answer
     * @param attempts how many attempts it made
     */
    record Result(int delivery, String state, Integer status, int attempts) {
    }
}

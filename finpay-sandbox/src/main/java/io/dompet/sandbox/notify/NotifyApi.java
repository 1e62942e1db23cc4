package io.dompet.sandbox.notify;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.http.Router;

/**
 * Finpay's Notify Top Up as the sandbox sends it, with its state (every notification and delivery attempt), all
 * thread-safe:
 * <ul>
 *   <li>{@code POST /sandbox/notifications} triggers one (sandbox-only)</li>
 *   <li>{@code GET /sandbox/notifications} lists them with their attempts (sandbox-only)</li>
 * </ul>
 * Notifications are signed with the bundled "Finpay" private key and sent to the merchant callback URL, which can
 * change while the sandbox runs ({@link #merchantCallbackUrl(URI)}). Code inside the sandbox (e.g. the Finpay Money
 * widget's Pay button) sends one with {@link #send(String, String, String)}.
 */
public final class NotifyApi implements AutoCloseable {

    private final AtomicReference<URI> callbackUrl;
    private final NotificationCourier courier;
    private final NotificationTriggerEndpoint trigger;
    private final NotificationListEndpoint list;

    public NotifyApi(SandboxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    NotifyApi(SandboxSettings settings, Clock clock) {
        callbackUrl = new AtomicReference<>(settings.merchantCallbackUrl());
        NotificationIds ids = new NotificationIds(clock);
        SentNotifications sent = new SentNotifications();
        courier = new NotificationCourier(SandboxKeys.bundled().finpayPrivateKey(),
                settings.notifyVariant().signatureEncoding(), settings.credentials().notifyTopUp().partnerId(), settings.notifications().retryBaseDelay(),
                settings.notifications().attempts(), clock, ids);
        trigger = new NotificationTriggerEndpoint(callbackUrl::get, settings.credentials().notifyTopUp().merchantId(),
                settings.notifications().prettyPrint(), settings.notifyVariant().stringToSign(), clock, ids, sent, courier);
        list = new NotificationListEndpoint(sent);
    }

    /**
     * Sends one Notify Top Up to the current merchant callback URL, as {@code POST /sandbox/notifications} does
     * (signed, retried, listed by {@code GET /sandbox/notifications}), delivered once.
     *
     * @param phoneNo {@code 08…}, {@code 628…} or {@code +628…}; sent as {@code 628…}
     * @param amount  e.g. {@code "50000.00"} or {@code "50000"}; sent with two decimals
     * @param channel e.g. {@code alfamart}
     * @return completes once the delivery was delivered or gave up, never exceptionally (unless the sandbox closes
     *         while it runs, when it completes with a not-delivered outcome)
     * @throws IllegalStateException    when no merchant callback URL is configured
     * @throws IllegalArgumentException when a field is malformed
     */
    public CompletableFuture<NotificationOutcome> send(String phoneNo, String amount, String channel) {
        NotificationOrder order = NotificationOrder.single(phoneNo, amount, channel);
        URI url = callbackUrl.get();
        if (url == null) {
            throw new IllegalStateException("No merchant callback URL is configured");
        }
        NotificationTriggerEndpoint.Sending sending = trigger.send(url, order);
        return sending.finished().handle((done, failure) -> outcome(sending.notification()));
    }

    /** Adds {@code POST} and {@code GET /sandbox/notifications} to {@code routes}. */
    public Router.Builder register(Router.Builder routes) {
        return routes
                .post(NotificationTriggerEndpoint.PATH, trigger)
                .get(NotificationListEndpoint.PATH, list);
    }

    /**
     * Sends notifications triggered from now on to {@code url} ({@code null}: none; triggering then answers 409).
     * Deliveries already under way keep their URL. The caller validates {@code url}.
     */
    public void merchantCallbackUrl(URI url) {
        callbackUrl.set(url);
    }

    private static NotificationOutcome outcome(SentNotification notification) {
        Delivery delivery = notification.deliveries().get(0);
        List<DeliveryAttempt> attempts = delivery.attempts();
        DeliveryAttempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        return new NotificationOutcome(notification.referenceNo(), delivery.state() == DeliveryState.DELIVERED,
                last == null ? null : last.status(), last == null ? null : last.responseCode(), attempts.size());
    }

    /** Stops delivering at once: no further attempts start. */
    @Override
    public void close() {
        courier.close();
    }
}

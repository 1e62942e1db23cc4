package io.dompet.sandbox.notify;

import java.net.URI;
import java.time.Clock;
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
 * change while the sandbox runs ({@link #merchantCallbackUrl(URI)}).
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
                settings.credentials().notifyTopUp().partnerId(), settings.notificationRetryBaseDelay(),
                settings.notificationAttempts(), clock, ids);
        trigger = new NotificationTriggerEndpoint(callbackUrl::get, settings.credentials().notifyTopUp().merchantId(),
                settings.prettyPrintNotifications(), clock, ids, sent, courier);
        list = new NotificationListEndpoint(sent);
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

    /** Stops delivering at once: no further attempts start. */
    @Override
    public void close() {
        courier.close();
    }
}

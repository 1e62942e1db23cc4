package io.dompet.sandbox.notify;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/**
 * {@code GET /sandbox/notifications} (sandbox-only, no authentication): every notification triggered, in order,
 * with its exact body, its state and every delivery's attempts, so tests and the widget page can inspect them.
 */
final class NotificationListEndpoint implements Endpoint {

    static final String PATH = NotificationTriggerEndpoint.PATH;

    private final SentNotifications sent;

    NotificationListEndpoint(SentNotifications sent) {
        this.sent = sent;
    }

    @Override
    public Reply handle(Request request) {
        return Reply.ok(sent.all().stream().map(NotificationListEndpoint::view).toList());
    }

    private static NotificationView view(SentNotification sent) {
        TopUpNotification notification = sent.notification();
        return new NotificationView(notification.referenceNo(), notification.phoneNo(), notification.amount(),
                notification.channel(), sent.callbackUrl().toString(), JakartaTime.formatPrecise(sent.createdAt()),
                sent.state().name(), new String(sent.body(), StandardCharsets.UTF_8),
                sent.deliveries().stream().map(NotificationListEndpoint::view).toList());
    }

    private static DeliveryView view(Delivery delivery) {
        return new DeliveryView(delivery.number(), delivery.state().name(), delivery.attempts().stream()
                .map(attempt -> new AttemptView(attempt.attempt(), attempt.externalId(), attempt.status(),
                        attempt.responseCode(), attempt.error(), JakartaTime.formatPrecise(attempt.at()),
                        attempt.durationMillis()))
                .toList());
    }

    record NotificationView(String referenceNo, String phoneNo, TopUpNotification.Amount amount, String channel,
                            String callbackUrl, String createdAt, String state, String body,
                            List<DeliveryView> deliveries) {
    }

    record DeliveryView(int delivery, String state, List<AttemptView> attempts) {
    }

    record AttemptView(int attempt, String externalId, Integer status, String responseCode, String error, String at,
                       long durationMillis) {
    }
}

package io.dompet.adapter.finpay.notify;

import io.dompet.application.port.out.NotificationVerifierPort;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Malformed;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Stale;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Unauthenticated;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Verified;
import io.dompet.domain.shared.DomainValidationException;
import io.dompet.domain.topup.RawNotification;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Finpay's Notify Top Up checked as it arrived, in this order, the first failure deciding:
 * <ol>
 *   <li>{@code X-TIMESTAMP} and {@code X-SIGNATURE} are present;</li>
 *   <li>the signature verifies with Finpay's public key by the configured recipe (see {@link NotifySignature}), over
 *       the configured signed path or else the request path, the raw body, and {@code X-TIMESTAMP} exactly as
 *       received; when it does not, the other recipes are tried only to diagnose, and one WARN line names the switch
 *       and the value that would have verified, or says that none does;</li>
 *   <li>{@code X-TIMESTAMP} is an ISO-8601 time with offset ({@code 2024-04-17T12:03:38+07:00}, fractions and
 *       {@code Z} accepted);</li>
 *   <li>{@code X-PARTNER-ID} equals the configured partner id, if one is configured;</li>
 *   <li>the body is a JSON object whose {@code merchantId} equals the configured one, if configured, and whose
 *       fields are all valid (see {@link NotifyBody});</li>
 *   <li>last, {@code X-TIMESTAMP} lies at most {@code maxAge} before and {@code maxClockSkew} after the clock's now,
 *       edges included.</li>
 * </ol>
 * Bad authentication is {@code Unauthenticated}, an unreadable body {@code Malformed}, a bad field
 * {@code InvalidField}. A notification that passes everything but the window is {@code Stale} and carries the verified
 * notification: whether it is a harmless redelivery is the inbox's to say, not the clock's. Reasons never carry the
 * signature, the body or the phone number. Nothing the sender sends makes it throw; only a defect of dompet's own
 * would.
 */
public final class NotifyVerifierAdapter implements NotificationVerifierPort {

    static final String TIMESTAMP = "X-TIMESTAMP";
    static final String SIGNATURE = "X-SIGNATURE";
    static final String PARTNER_ID = "X-PARTNER-ID";

    private static final Logger log = LoggerFactory.getLogger(NotifyVerifierAdapter.class);

    private final NotifySettings settings;

    public NotifyVerifierAdapter(NotifySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    @Override
    public NotificationVerification verify(RawNotification notification) {
        Objects.requireNonNull(notification, "notification must not be null");
        try {
            return check(notification);
        } catch (JacksonException | DomainValidationException e) {
            // a reading or a domain rule the checks above did not foresee: still the sender's doing
            return new Malformed("body could not be read");
        }
    }

    private NotificationVerification check(RawNotification notification) {
        Optional<String> timestamp = present(notification, TIMESTAMP);
        if (timestamp.isEmpty()) {
            return new Unauthenticated("missing " + TIMESTAMP);
        }
        Optional<String> signature = present(notification, SIGNATURE);
        if (signature.isEmpty()) {
            return new Unauthenticated("missing " + SIGNATURE);
        }
        byte[] body = notification.body();
        String signedPath = settings.signedPath() != null ? settings.signedPath() : notification.path();
        NotifySignature recipe = settings.signature();
        if (!recipe.verifies(settings.finpayPublicKey(), signedPath, body, timestamp.get(), signature.get())) {
            log.warn(recipe.diagnosis(settings.finpayPublicKey(), signedPath, body, timestamp.get(), signature.get()));
            return new Unauthenticated("signature does not verify");
        }
        Instant sentAt;
        try {
            sentAt = OffsetDateTime.parse(timestamp.get(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return new Unauthenticated(TIMESTAMP + " is not an ISO-8601 time with offset");
        }
        if (settings.partnerId() != null) {
            Optional<String> partnerId = present(notification, PARTNER_ID);
            if (partnerId.isEmpty()) {
                return new Unauthenticated("missing " + PARTNER_ID);
            }
            if (!settings.partnerId().equals(partnerId.get())) {
                return new Unauthenticated(PARTNER_ID + " does not match");
            }
        }
        NotificationVerification read = NotifyBody.read(body, settings.merchantId());
        if (!(read instanceof Verified verified)) {
            return read;
        }
        Instant now = settings.clock().instant();
        if (sentAt.isBefore(now.minus(settings.maxAge()))) {
            return new Stale(verified.notification(), TIMESTAMP + " older than the accepted window");
        }
        if (sentAt.isAfter(now.plus(settings.maxClockSkew()))) {
            return new Stale(verified.notification(), TIMESTAMP + " ahead of the accepted window");
        }
        return verified;
    }

    private static Optional<String> present(RawNotification notification, String header) {
        return notification.header(header).filter(value -> !value.isBlank());
    }

    @Override
    public String toString() {
        return "NotifyVerifierAdapter[" + settings + "]";
    }
}

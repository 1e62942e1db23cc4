package io.dompet.sandbox.config;

import java.util.Objects;

/**
 * The credentials the sandbox accepts and uses, grouped as Finpay issues them. <strong>Sandbox-only, public
 * values</strong>: point dompet at the sandbox with exactly these. {@code toString()} never shows a secret.
 *
 * @param snap       SNAP e-money API (access token, inquiry, top-up, status)
 * @param money      Finpay Money co-brand widget API (get token, widget top-up)
 * @param billWidget Widget Bill Payment API (generate widget)
 * @param notifyTopUp what the sandbox sends as Finpay on Notify Top Up callbacks
 */
public record SandboxCredentials(Snap snap, Money money, BillWidget billWidget, NotifyTopUp notifyTopUp) {

    public static final String CLIENT_ID = "dompet-sandbox-client";
    public static final String CLIENT_SECRET = "sandbox-only-snap-client-secret-not-for-real-use";
    public static final String CHANNEL_ID = "95221";
    /** SNAP sends the client id as {@code X-PARTNER-ID}. */
    public static final String PARTNER_ID = CLIENT_ID;

    public static final String MONEY_USERNAME = "dompet-sandbox";
    public static final String MONEY_PASSWORD = "sandbox-only-money-password";
    public static final String MONEY_SECRET_KEY = "sandbox-only-money-secret-key";

    public static final String BILL_MERCHANT_ID = "DOMPETSANDBOX";
    public static final String BILL_MERCHANT_KEY = "sandbox-only-bill-merchant-key";

    public static final String NOTIFY_PARTNER_ID = "finpay-sandbox";
    /** The {@code merchantId} the sandbox puts in Notify Top Up bodies. */
    public static final String NOTIFY_MERCHANT_ID = "DOMPET-SANDBOX";

    public SandboxCredentials {
        Objects.requireNonNull(snap, "snap");
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(billWidget, "billWidget");
        Objects.requireNonNull(notifyTopUp, "notifyTopUp");
    }

    /** The documented sandbox values (the constants above). */
    public static SandboxCredentials defaults() {
        return new SandboxCredentials(
                new Snap(CLIENT_ID, CLIENT_SECRET, CHANNEL_ID, PARTNER_ID),
                new Money(MONEY_USERNAME, MONEY_PASSWORD, MONEY_SECRET_KEY),
                new BillWidget(BILL_MERCHANT_ID, BILL_MERCHANT_KEY),
                new NotifyTopUp(NOTIFY_PARTNER_ID, NOTIFY_MERCHANT_ID));
    }

    public SandboxCredentials withSnap(Snap snap) {
        return new SandboxCredentials(snap, money, billWidget, notifyTopUp);
    }

    public SandboxCredentials withMoney(Money money) {
        return new SandboxCredentials(snap, money, billWidget, notifyTopUp);
    }

    public SandboxCredentials withBillWidget(BillWidget billWidget) {
        return new SandboxCredentials(snap, money, billWidget, notifyTopUp);
    }

    public SandboxCredentials withNotifyTopUp(NotifyTopUp notifyTopUp) {
        return new SandboxCredentials(snap, money, billWidget, notifyTopUp);
    }

    /** SNAP client credentials: {@code X-CLIENT-KEY}, the HMAC-SHA512 secret, {@code CHANNEL-ID}, {@code X-PARTNER-ID}. */
    public record Snap(String clientId, String clientSecret, String channelId, String partnerId) {

        public Snap {
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
            requireText(channelId, "channelId");
            requireText(partnerId, "partnerId");
        }

        @Override
        public String toString() {
            return "Snap[clientId=" + clientId + ", clientSecret=***, channelId=" + channelId
                    + ", partnerId=" + partnerId + "]";
        }
    }

    /** Finpay Money merchant login (HTTP Basic) and the widget-signature secret key. */
    public record Money(String username, String password, String secretKey) {

        public Money {
            requireText(username, "username");
            requireText(password, "password");
            requireText(secretKey, "secretKey");
        }

        @Override
        public String toString() {
            return "Money[username=" + username + ", password=***, secretKey=***]";
        }
    }

    /** Bill widget merchant id and the key appended to {@code merchantSignature}. */
    public record BillWidget(String merchantId, String merchantKey) {

        public BillWidget {
            requireText(merchantId, "merchantId");
            requireText(merchantKey, "merchantKey");
        }

        @Override
        public String toString() {
            return "BillWidget[merchantId=" + merchantId + ", merchantKey=***]";
        }
    }

    /**
     * What the sandbox sends as Finpay on Notify Top Up callbacks.
     *
     * @param partnerId  the {@code X-PARTNER-ID} header
     * @param merchantId the body's {@code merchantId}: the merchant's id at Finpay
     */
    public record NotifyTopUp(String partnerId, String merchantId) {

        public NotifyTopUp {
            requireText(partnerId, "partnerId");
            requireText(merchantId, "merchantId");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}

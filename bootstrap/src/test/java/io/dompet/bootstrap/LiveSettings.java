package io.dompet.bootstrap;

import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SandboxSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete live-mode configuration with credentials and keys of its own (none of them the sandbox's, which live mode
 * refuses), and a test Finpay sandbox that accepts exactly these: so that live mode can run end to end in a test.
 * The key pairs are generated per instance; nothing here is a secret anywhere.
 */
public final class LiveSettings {

    static final String API_KEY = "live-test-api-key";
    static final SandboxCredentials CREDENTIALS = new SandboxCredentials(
            new SandboxCredentials.Snap("live-test-client", "live-test-snap-client-secret", "95221", "live-test-client"),
            new SandboxCredentials.Money("live-test-merchant", "live-test-money-password", "live-test-money-secret"),
            new SandboxCredentials.BillWidget("LIVETEST", "live-test-bill-merchant-key"),
            new SandboxCredentials.NotifyTopUp("live-test-finpay", "LIVE-TEST-MERCHANT"));

    final KeyPair merchant = rsaKeyPair();
    final KeyPair finpayNotify = rsaKeyPair();

    /** A Finpay stand-in on a free loopback port that accepts these credentials and the merchant key. */
    FinpaySandbox startFinpay() {
        return FinpaySandbox.start(SandboxSettings.defaults().withPort(0).withCredentials(CREDENTIALS)
                .withMerchantPublicKeyPem(pem("PUBLIC KEY", merchant.getPublic().getEncoded())));
    }

    /** Every property live mode requires, pointing at {@code finpay}; the database is left to the caller. */
    public Map<String, String> properties(URI finpay) {
        String base = finpay.toString().replaceAll("/+$", "");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("dompet.api.keys.live-test", sha256Hex(API_KEY));
        properties.put("dompet.finpay.snap.base-url", base);
        properties.put("dompet.finpay.snap.client-id", CREDENTIALS.snap().clientId());
        properties.put("dompet.finpay.snap.client-secret", CREDENTIALS.snap().clientSecret());
        properties.put("dompet.finpay.snap.private-key", pem("PRIVATE KEY", merchant.getPrivate().getEncoded()));
        properties.put("dompet.finpay.snap.channel-id", CREDENTIALS.snap().channelId());
        properties.put("dompet.finpay.snap.origin", "merchant.example");
        properties.put("dompet.finpay.money.base-url", base + "/apicobrand");
        properties.put("dompet.finpay.money.username", CREDENTIALS.money().username());
        properties.put("dompet.finpay.money.password", CREDENTIALS.money().password());
        properties.put("dompet.finpay.money.secret-key", CREDENTIALS.money().secretKey());
        properties.put("dompet.finpay.bill-widget.base-url", base);
        properties.put("dompet.finpay.bill-widget.merchant-id", CREDENTIALS.billWidget().merchantId());
        properties.put("dompet.finpay.bill-widget.merchant-key", CREDENTIALS.billWidget().merchantKey());
        properties.put("dompet.finpay.bill-widget.terminal", "LIVE01");
        properties.put("dompet.finpay.bill-widget.terminal-name", "dompet live test");
        properties.put("dompet.finpay.bill-widget.back-url", "https://merchant.example/back");
        properties.put("dompet.finpay.bill-widget.return-url", "https://merchant.example/return");
        properties.put("dompet.finpay.notify.public-key", pem("PUBLIC KEY", finpayNotify.getPublic().getEncoded()));
        properties.put("dompet.finpay.notify.partner-id", CREDENTIALS.notifyTopUp().partnerId());
        properties.put("dompet.finpay.notify.merchant-id", CREDENTIALS.notifyTopUp().merchantId());
        return properties;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

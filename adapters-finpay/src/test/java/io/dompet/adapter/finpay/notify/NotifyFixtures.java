package io.dompet.adapter.finpay.notify;

import io.dompet.adapter.finpay.signature.KeyMaterial;
import io.dompet.adapter.finpay.signature.Sha256WithRsa;
import io.dompet.domain.topup.RawNotification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finpay's side in tests: the openssl-made keys in {@code src/test/resources/keys} and known answers in
 * {@code src/test/resources/notify} (see generate.sh there), and a signer for compact bodies made in tests.
 */
final class NotifyFixtures {

    static final String PATH = "/callbacks/finpay/top-up";
    static final String TIMESTAMP = "2024-04-17T12:03:38+07:00";
    static final Instant SENT_AT = OffsetDateTime.parse(TIMESTAMP).toInstant();
    static final String PHONE = "6281234567890";
    static final String MERCHANT_ID = "DOMPET-MERCHANT-01";

    static final PrivateKey FINPAY_PRIVATE_KEY = KeyMaterial.privateKey(key("rsa2048-pkcs8.pem"));
    static final PublicKey FINPAY_PUBLIC_KEY = KeyMaterial.publicKey(key("rsa2048-public.pem"));
    static final PublicKey FINPAY_CERTIFICATE_KEY = KeyMaterial.publicKey(key("rsa2048-cert.pem"));
    static final PrivateKey OTHER_PRIVATE_KEY = KeyMaterial.privateKey(key("other-rsa2048-pkcs8.pem"));
    static final PublicKey OTHER_PUBLIC_KEY = KeyMaterial.publicKey(key("other-rsa2048-public.pem"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NotifyFixtures() {
    }

    /**
     * Finpay's public key, the default window (24 hours back, 5 minutes ahead), no id checks, the clock at the moment
     * the vectors were sent.
     */
    static NotifySettingsBuilder settings() {
        return NotifySettingsBuilder.of(FINPAY_PUBLIC_KEY).clock(Clock.fixed(SENT_AT, ZoneOffset.UTC));
    }

    static String key(String name) {
        return new String(resource("/keys/" + name), StandardCharsets.UTF_8);
    }

    static byte[] vector(String name) {
        return resource("/notify/" + name);
    }

    static String vectorText(String name) {
        return new String(vector(name), StandardCharsets.UTF_8);
    }

    /** A valid notification body, to change field by field. */
    static ObjectNode body() {
        ObjectNode body = JSON.createObjectNode();
        body.put("referenceNo", "FPN-20240417-000456");
        body.put("phoneNo", PHONE);
        body.put("transactionDate", "2024-04-17T12:03:30+07:00");
        body.put("merchantId", MERCHANT_ID);
        ObjectNode amount = body.putObject("amount");
        amount.put("value", "50000.00");
        amount.put("currency", "IDR");
        body.put("transactionDesc", "Top up via BCA virtual account");
        body.put("channel", "vabca");
        return body;
    }

    /** Compact JSON, which is its own minified form. */
    static byte[] compact(ObjectNode body) {
        return JSON.writeValueAsBytes(body);
    }

    /**
     * Signs as Finpay does, over a body that is already compact (so its SHA-256 is taken as is, without dompet's
     * minifier); SHA256withRSA itself is pinned to openssl by {@code Sha256WithRsaTest}.
     */
    static String sign(PrivateKey key, String path, byte[] compactBody, String timestamp) {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compactBody));
            String stringToSign = "POST:" + path + ":" + digest + ":" + timestamp;
            return Sha256WithRsa.signBase64(key, stringToSign.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} with these headers (name, value, name, value, …). */
    static RawNotification request(String path, byte[] body, String... headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new RawNotification(path, map, body, SENT_AT);
    }

    /** The body as Finpay sends it: to {@link #PATH}, stamped {@code timestamp}, signed with Finpay's key. */
    static RawNotification signed(byte[] compactBody, String timestamp, String... moreHeaders) {
        String[] headers = new String[moreHeaders.length + 6];
        headers[0] = "X-TIMESTAMP";
        headers[1] = timestamp;
        headers[2] = "X-SIGNATURE";
        headers[3] = sign(FINPAY_PRIVATE_KEY, PATH, compactBody, timestamp);
        headers[4] = "Content-Type";
        headers[5] = "application/json";
        System.arraycopy(moreHeaders, 0, headers, 6, moreHeaders.length);
        return request(PATH, compactBody, headers);
    }

    static RawNotification signed(byte[] compactBody) {
        return signed(compactBody, TIMESTAMP);
    }

    static RawNotification signed(ObjectNode body) {
        return signed(compact(body));
    }

    private static byte[] resource(String name) {
        try (InputStream in = NotifyFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

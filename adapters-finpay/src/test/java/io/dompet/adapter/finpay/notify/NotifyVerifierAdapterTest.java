package io.dompet.adapter.finpay.notify;

import static io.dompet.adapter.finpay.notify.NotifyFixtures.FINPAY_PRIVATE_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.MERCHANT_ID;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.OTHER_PRIVATE_KEY;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.PATH;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.SENT_AT;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.TIMESTAMP;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.body;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.compact;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.request;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.settings;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.sign;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.InvalidField;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Malformed;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Stale;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Unauthenticated;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Verified;
import io.dompet.domain.topup.RawNotification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Headers, the timestamp window (judged last), partner and merchant, and bodies that are not a JSON object. */
class NotifyVerifierAdapterTest {

    private static final byte[] BODY = compact(body());

    private final NotifyVerifierAdapter verifier = new NotifyVerifierAdapter(settings().build());

    private static NotifyVerifierAdapter verifierAt(Duration sinceSent, Duration maxAge, Duration maxClockSkew) {
        return new NotifyVerifierAdapter(settings().maxAge(maxAge).maxClockSkew(maxClockSkew)
                .clock(Clock.fixed(SENT_AT.plus(sinceSent), ZoneOffset.UTC)).build());
    }

    private static NotifyVerifierAdapter verifierAt(Duration sinceSent) {
        return verifierAt(sinceSent, NotifySettingsBuilder.DEFAULT_MAX_AGE, NotifySettingsBuilder.DEFAULT_MAX_CLOCK_SKEW);
    }

    @Test
    void aSignedNotificationWithinTheWindowIsVerified() {
        assertThat(verifier.verify(signed(BODY))).isInstanceOf(Verified.class);
    }

    @Test
    void aNotificationWithoutXTimestampIsUnauthenticated() {
        RawNotification noTimestamp = request(PATH, BODY, "X-SIGNATURE", sign(FINPAY_PRIVATE_KEY, PATH, BODY, TIMESTAMP));

        assertThat(verifier.verify(noTimestamp)).isEqualTo(new Unauthenticated("missing X-TIMESTAMP"));
    }

    @Test
    void aNotificationWithoutXSignatureOrWithAnEmptyOneIsUnauthenticated() {
        assertThat(verifier.verify(request(PATH, BODY, "X-TIMESTAMP", TIMESTAMP)))
                .isEqualTo(new Unauthenticated("missing X-SIGNATURE"));
        assertThat(verifier.verify(request(PATH, BODY, "X-TIMESTAMP", TIMESTAMP, "X-SIGNATURE", " ")))
                .isEqualTo(new Unauthenticated("missing X-SIGNATURE"));
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCase() {
        RawNotification lowerCase = request(PATH, BODY, "x-timestamp", TIMESTAMP,
                "x-signature", sign(FINPAY_PRIVATE_KEY, PATH, BODY, TIMESTAMP));

        assertThat(verifier.verify(lowerCase)).isInstanceOf(Verified.class);
    }

    @Test
    void aTimestampTwoHoursOldIsVerifiedWithTheDefaults() {
        assertThat(verifierAt(Duration.ofHours(2)).verify(signed(BODY))).isInstanceOf(Verified.class);
    }

    @Test
    void aTimestampExactlyMaxAgeOldOrMaxClockSkewAheadIsVerified() {
        assertThat(verifierAt(Duration.ofHours(24)).verify(signed(BODY))).isInstanceOf(Verified.class);
        assertThat(verifierAt(Duration.ofMinutes(-5)).verify(signed(BODY))).isInstanceOf(Verified.class);
    }

    @Test
    void aTimestampOneSecondBeyondTheWindowEitherWayIsStaleAndCarriesTheVerifiedNotification() {
        Verified verified = (Verified) verifier.verify(signed(BODY));

        assertThat(verifierAt(Duration.ofHours(24).plusSeconds(1)).verify(signed(BODY)))
                .isEqualTo(new Stale(verified.notification(), "X-TIMESTAMP older than the accepted window"));
        assertThat(verifierAt(Duration.ofSeconds(-301)).verify(signed(BODY)))
                .isEqualTo(new Stale(verified.notification(), "X-TIMESTAMP ahead of the accepted window"));
    }

    @Test
    void theWindowFollowsTheConfiguredMaxAgeAndMaxClockSkew() {
        Duration maxAge = Duration.ofMinutes(10);
        Duration skew = Duration.ofSeconds(30);

        assertThat(verifierAt(Duration.ofMinutes(10), maxAge, skew).verify(signed(BODY))).isInstanceOf(Verified.class);
        assertThat(verifierAt(Duration.ofSeconds(-30), maxAge, skew).verify(signed(BODY))).isInstanceOf(Verified.class);
        assertThat(verifierAt(Duration.ofSeconds(601), maxAge, skew).verify(signed(BODY))).isInstanceOf(Stale.class);
        assertThat(verifierAt(Duration.ofSeconds(-31), maxAge, skew).verify(signed(BODY))).isInstanceOf(Stale.class);
    }

    @Test
    void aBadlySignedNotificationThirtyHoursOldIsUnauthenticatedNotStale() {
        RawNotification forged = request(PATH, BODY, "X-TIMESTAMP", TIMESTAMP, "X-SIGNATURE",
                sign(OTHER_PRIVATE_KEY, PATH, BODY, TIMESTAMP));

        assertThat(verifierAt(Duration.ofHours(30)).verify(forged))
                .isEqualTo(new Unauthenticated("signature does not verify"));
    }

    @Test
    void anOldNotificationWithAWrongPartnerOrAnInvalidBodyIsRefusedAsSuchNotStale() {
        NotifyVerifierAdapter checksPartner = new NotifyVerifierAdapter(settings().partnerId("FINPAY-PARTNER-ID")
                .clock(Clock.fixed(SENT_AT.plus(Duration.ofHours(30)), ZoneOffset.UTC)).build());
        ObjectNode noAmount = body();
        noAmount.remove("amount");

        assertThat(checksPartner.verify(signed(BODY, TIMESTAMP, "X-PARTNER-ID", "OTHER-PARTNER")))
                .isEqualTo(new Unauthenticated("X-PARTNER-ID does not match"));
        assertThat(verifierAt(Duration.ofHours(30)).verify(signed(noAmount))).isInstanceOf(InvalidField.class);
    }

    @Test
    void aTimestampWithFractionalSecondsOrAnotherOffsetIsPlacedOnTheSameInstant() {
        assertThat(verifier.verify(signed(BODY, "2024-04-17T05:03:38.250Z"))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(signed(BODY, "2024-04-17T12:03:38.123456+07:00"))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(signed(BODY, "2024-04-17T08:03:38+03:00"))).isInstanceOf(Verified.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-17 12:03:38", "2024-04-17T12:03:38", "20240417120338", "1713330218",
            "2024-04-17T12:03:38+0700", "17-04-2024T12:03:38+07:00"})
    void aSignedTimestampThatIsNotIso8601WithOffsetIsUnauthenticated(String timestamp) {
        assertThat(verifier.verify(signed(BODY, timestamp)))
                .isEqualTo(new Unauthenticated("X-TIMESTAMP is not an ISO-8601 time with offset"));
    }

    @Test
    void theSignatureIsCheckedBeforeTheTimestampWindow() {
        RawNotification staleAndForged = request(PATH, BODY, "X-TIMESTAMP", "2020-01-01T00:00:00+07:00",
                "X-SIGNATURE", sign(FINPAY_PRIVATE_KEY, PATH, BODY, TIMESTAMP));

        assertThat(verifier.verify(staleAndForged)).isEqualTo(new Unauthenticated("signature does not verify"));
    }

    @Test
    void aConfiguredPartnerIdMustMatchXPartnerId() {
        NotifyVerifierAdapter checksPartner = new NotifyVerifierAdapter(settings().partnerId("FINPAY-PARTNER-ID").build());

        assertThat(checksPartner.verify(signed(BODY, TIMESTAMP, "X-PARTNER-ID", "FINPAY-PARTNER-ID")))
                .isInstanceOf(Verified.class);
        assertThat(checksPartner.verify(signed(BODY, TIMESTAMP, "X-PARTNER-ID", "finpay-partner-id")))
                .isEqualTo(new Unauthenticated("X-PARTNER-ID does not match"));
        assertThat(checksPartner.verify(signed(BODY, TIMESTAMP, "X-PARTNER-ID", "OTHER-PARTNER")))
                .isEqualTo(new Unauthenticated("X-PARTNER-ID does not match"));
        assertThat(checksPartner.verify(signed(BODY))).isEqualTo(new Unauthenticated("missing X-PARTNER-ID"));
    }

    @Test
    void withoutAConfiguredPartnerIdAnyOrNoXPartnerIdIsAccepted() {
        assertThat(verifier.verify(signed(BODY, TIMESTAMP, "X-PARTNER-ID", "ANYONE"))).isInstanceOf(Verified.class);
        assertThat(verifier.verify(signed(BODY))).isInstanceOf(Verified.class);
    }

    @Test
    void aConfiguredMerchantIdMustMatchTheBodysMerchantId() {
        NotifyVerifierAdapter checksMerchant = new NotifyVerifierAdapter(settings().merchantId(MERCHANT_ID).build());
        ObjectNode otherMerchant = body().put("merchantId", "OTHER-MERCHANT");

        assertThat(checksMerchant.verify(signed(BODY))).isInstanceOf(Verified.class);
        assertThat(checksMerchant.verify(signed(otherMerchant))).isEqualTo(new Unauthenticated("merchantId does not match"));
        assertThat(verifier.verify(signed(otherMerchant))).isInstanceOf(Verified.class);
    }

    @Test
    void aMerchantMismatchIsReportedBeforeProblemsWithOtherFields() {
        NotifyVerifierAdapter checksMerchant = new NotifyVerifierAdapter(settings().merchantId(MERCHANT_ID).build());
        ObjectNode otherMerchantAndNoPhone = body().put("merchantId", "OTHER-MERCHANT");
        otherMerchantAndNoPhone.remove("phoneNo");

        assertThat(checksMerchant.verify(signed(otherMerchantAndNoPhone)))
                .isEqualTo(new Unauthenticated("merchantId does not match"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-json", "{", "{\"referenceNo\":", "nul", "{}{}", "{\"a\":1}x", "\u0000"})
    void aSignedBodyThatIsNotJsonIsMalformed(String body) {
        NotificationVerification verification = verifier.verify(signed(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(verification).isInstanceOf(Malformed.class);
    }

    @Test
    void aBodyOfWhitespaceOnlyIsMalformedAsEmpty() {
        byte[] whitespace = " \r\n\t ".getBytes(StandardCharsets.UTF_8);
        RawNotification blank = request(PATH, whitespace, "X-TIMESTAMP", TIMESTAMP,
                "X-SIGNATURE", sign(FINPAY_PRIVATE_KEY, PATH, new byte[0], TIMESTAMP));

        assertThat(verifier.verify(blank)).isEqualTo(new Malformed("body is empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"referenceNo\":\"X\"}]", "\"text\"", "42", "true", "null"})
    void aSignedBodyThatIsJsonButNotAnObjectIsMalformed(String body) {
        assertThat(verifier.verify(signed(body.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(Malformed.class);
    }

    @Test
    void aBodyWithADuplicateKeyIsMalformedRatherThanReadOneWayOrTheOther() {
        String json = new String(BODY, StandardCharsets.UTF_8);
        String duplicated = json.replace("\"amount\":{\"value\":\"50000.00\"",
                "\"amount\":{\"value\":\"50000.00\",\"value\":\"5000000.00\"");

        assertThat(verifier.verify(signed(duplicated.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new Malformed("body is not valid JSON"));
    }

    @Test
    void aBodyThatIsNotUtf8IsMalformed() {
        byte[] latin1 = new String(BODY, StandardCharsets.UTF_8).replace("via", "vía").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(verifier.verify(signed(latin1))).isEqualTo(new Malformed("body is not UTF-8"));
    }

    @Test
    void noReasonRepeatsTheSignatureOrThePhoneNumber() {
        RawNotification forged = request(PATH, BODY, "X-TIMESTAMP", TIMESTAMP, "X-SIGNATURE", "QUJDRA==");

        assertThat(verifier.verify(forged).toString()).doesNotContain("QUJDRA==").doesNotContain("1234567890");
    }

    @Test
    void nothingASenderSendsMakesItThrow() {
        Random random = new Random(20240417);
        for (int round = 0; round < 2000; round++) {
            byte[] body = Arrays.copyOf(BODY, BODY.length);
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            }
            byte[] mutated = random.nextBoolean() ? body : Arrays.copyOf(body, random.nextInt(body.length + 1));

            assertThatCode(() -> verifier.verify(signed(mutated))).as("round %d", round).doesNotThrowAnyException();
        }
    }
}

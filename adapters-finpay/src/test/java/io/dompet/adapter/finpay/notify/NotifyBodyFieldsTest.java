package io.dompet.adapter.finpay.notify;

import static io.dompet.adapter.finpay.notify.NotifyFixtures.PHONE;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.body;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.settings;
import static io.dompet.adapter.finpay.notify.NotifyFixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.InvalidField;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Verified;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Every field of a correctly signed body, missing and invalid. */
class NotifyBodyFieldsTest {

    private final NotifyVerifierAdapter verifier = new NotifyVerifierAdapter(settings().build());

    private NotificationVerification verify(Consumer<ObjectNode> change) {
        ObjectNode body = body();
        change.accept(body);
        return verifier.verify(signed(body));
    }

    private static ObjectNode amount(ObjectNode body) {
        return (ObjectNode) body.get("amount");
    }

    @Test
    void aCompleteBodyBecomesTheNotificationItDescribes() {
        NotificationVerification verification = verify(body -> { });

        assertThat(verification).isInstanceOf(Verified.class);
        var notification = ((Verified) verification).notification();
        assertThat(notification.referenceNo()).isEqualTo("FPN-20240417-000456");
        assertThat(notification.phoneNo()).isEqualTo(PhoneNumber.parse(PHONE));
        assertThat(notification.transactionDate()).isEqualTo(OffsetDateTime.parse("2024-04-17T12:03:30+07:00"));
        assertThat(notification.merchantId()).isEqualTo("DOMPET-MERCHANT-01");
        assertThat(notification.amount()).isEqualTo(Money.parse("50000.00"));
        assertThat(notification.transactionDesc()).isEqualTo("Top up via BCA virtual account");
        assertThat(notification.channel().code()).isEqualTo("vabca");
        assertThat(notification.channel().isKnown()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"referenceNo", "phoneNo", "transactionDate", "merchantId", "amount", "amount.value",
            "amount.currency", "channel"})
    void aMissingMandatoryFieldIsNamed(String field) {
        NotificationVerification verification = verify(body -> target(body, field).remove(leaf(field)));

        assertThat(verification).isEqualTo(new InvalidField(field, "is missing", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referenceNo", "phoneNo", "transactionDate", "merchantId", "amount", "amount.value",
            "amount.currency", "channel"})
    void aMandatoryFieldThatIsNullCountsAsMissing(String field) {
        NotificationVerification verification = verify(body -> target(body, field).putNull(leaf(field)));

        assertThat(verification).isEqualTo(new InvalidField(field, "is missing", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referenceNo", "phoneNo", "transactionDate", "merchantId", "amount.value",
            "amount.currency", "channel"})
    void aMandatoryFieldThatIsEmptyOrBlankCountsAsMissing(String field) {
        assertThat(verify(body -> target(body, field).put(leaf(field), "")))
                .isEqualTo(new InvalidField(field, "is empty", true));
        assertThat(verify(body -> target(body, field).put(leaf(field), "  ")))
                .isEqualTo(new InvalidField(field, "is empty", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referenceNo", "phoneNo", "transactionDate", "merchantId", "amount.value",
            "amount.currency", "transactionDesc", "channel"})
    void aTextFieldSentAsANumberIsInvalid(String field) {
        assertThat(verify(body -> target(body, field).put(leaf(field), 50000.00)))
                .isEqualTo(new InvalidField(field, "must be a string", false));
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid("referenceNo", body -> body.put("referenceNo", "R".repeat(65))),
                invalid("referenceNo", body -> body.put("referenceNo", "FPN-1\nforged log line")),
                invalid("merchantId", body -> body.put("merchantId", "DOMPET\r\nX")),
                invalid("phoneNo", body -> body.put("phoneNo", "622155512345")),
                invalid("phoneNo", body -> body.put("phoneNo", "6281234")),
                invalid("phoneNo", body -> body.put("phoneNo", "628123456789012345")),
                invalid("phoneNo", body -> body.put("phoneNo", "6280012345678")),
                invalid("phoneNo", body -> body.put("phoneNo", "+1 415 555 0100")),
                invalid("phoneNo", body -> body.put("phoneNo", "62-812-3456-7890x")),
                invalid("transactionDate", body -> body.put("transactionDate", "2024-04-17 12:03:30")),
                invalid("transactionDate", body -> body.put("transactionDate", "2024-04-17T12:03:30")),
                invalid("transactionDate", body -> body.put("transactionDate", "17/04/2024 12:03")),
                invalid("transactionDate", body -> body.put("transactionDate", "2024-02-30T12:03:30+07:00")),
                invalid("amount", body -> body.put("amount", "50000.00")),
                invalid("amount", body -> body.putArray("amount")),
                invalid("amount.value", body -> amount(body).put("value", "50000")),
                invalid("amount.value", body -> amount(body).put("value", "50000.0")),
                invalid("amount.value", body -> amount(body).put("value", "50000.000")),
                invalid("amount.value", body -> amount(body).put("value", "-50000.00")),
                invalid("amount.value", body -> amount(body).put("value", "0.00")),
                invalid("amount.value", body -> amount(body).put("value", "5e4")),
                invalid("amount.value", body -> amount(body).put("value", "50,000.00")),
                invalid("amount.value", body -> amount(body).put("value", "50.000,00")),
                invalid("amount.value", body -> amount(body).put("value", " 50000.00")),
                invalid("amount.value", body -> amount(body).put("value", "+50000.00")),
                invalid("amount.value", body -> amount(body).put("value", "١٢٣.٠٠")),
                invalid("amount.value", body -> amount(body).put("value", "1234567890123456.00")),
                invalid("amount.currency", body -> amount(body).put("currency", "idr")),
                invalid("amount.currency", body -> amount(body).put("currency", "USD")),
                invalid("amount.currency", body -> amount(body).put("currency", "IDR ")),
                invalid("transactionDesc", body -> body.putObject("transactionDesc")),
                invalid("channel", body -> body.put("channel", "alfa mart")),
                invalid("channel", body -> body.put("channel", "c".repeat(33))),
                invalid("channel", body -> body.put("channel", "alfamart\n")));
    }

    private static Arguments invalid(String field, Consumer<ObjectNode> change) {
        return Arguments.of(field, Named.of(field + " changed", change));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidValues")
    void anInvalidFieldIsNamedWithAProblemThatDoesNotRepeatTheValue(String field, Consumer<ObjectNode> change) {
        ObjectNode body = body();
        change.accept(body);
        NotificationVerification verification = verifier.verify(signed(body));

        assertThat(verification).isInstanceOf(InvalidField.class);
        InvalidField invalid = (InvalidField) verification;
        assertThat(invalid.field()).isEqualTo(field);
        assertThat(invalid.missing()).isFalse();
        String sent = valueOf(body, field);
        assertThat(invalid.problem()).isNotBlank().doesNotContain(PHONE).doesNotContain("81234567890");
        if (sent.length() > 3) {
            assertThat(invalid.problem()).doesNotContain(sent);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"6281234567890", "081234567890", "+6281234567890", "62812345678", "62812345678901"})
    void aPhoneNumberInAnyIndonesianMobileFormIsKeptInItsInternationalForm(String phone) {
        NotificationVerification verification = verify(body -> body.put("phoneNo", phone));

        assertThat(verification).isInstanceOf(Verified.class);
        assertThat(((Verified) verification).notification().phoneNo().international())
                .isEqualTo(PhoneNumber.parse(phone).international()).startsWith("628");
    }

    @Test
    void everyPhoneNumberProblemLeavesTheNumberOut() {
        for (String phone : new String[] {"6221555123456", "62812", "6281234567890123456", "0062812345678",
                "6281234567890abc", "62 812  3456 7890"}) {
            NotificationVerification verification = verify(body -> body.put("phoneNo", phone));

            assertThat(verification).isInstanceOf(InvalidField.class);
            assertThat(verification.toString()).doesNotContain(phone).doesNotContain(phone.replace(" ", ""));
        }
    }

    @Test
    void anUnknownChannelIsStillVerifiedAndMarkedUnknown() {
        NotificationVerification verification = verify(body -> body.put("channel", "qris"));

        assertThat(verification).isInstanceOf(Verified.class);
        assertThat(((Verified) verification).notification().channel().code()).isEqualTo("qris");
        assertThat(((Verified) verification).notification().channel().isKnown()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vabri", "vamandiri", "vabca", "pegadaian", "posindo", "alfamart"})
    void eachDocumentedChannelIsKnown(String channel) {
        NotificationVerification verification = verify(body -> body.put("channel", channel));

        assertThat(((Verified) verification).notification().channel().isKnown()).isTrue();
    }

    @Test
    void transactionDescIsOptionalAbsentOrNull() {
        NotificationVerification absent = verify(body -> body.remove("transactionDesc"));
        NotificationVerification asNull = verify(body -> body.putNull("transactionDesc"));

        assertThat(((Verified) absent).notification().transactionDesc()).isNull();
        assertThat(((Verified) asNull).notification().transactionDesc()).isNull();
    }

    @Test
    void unknownFieldsAreIgnoredSinceFinpayMayAddSome() {
        assertThat(verify(body -> body.put("newFinpayField", "x"))).isInstanceOf(Verified.class);
    }

    @Test
    void aTransactionDateKeepsTheOffsetItWasSentWithAndMayCarryFractions() {
        NotificationVerification verification = verify(body -> body.put("transactionDate", "2024-04-17T05:03:30.5Z"));

        assertThat(((Verified) verification).notification().transactionDate())
                .isEqualTo(OffsetDateTime.parse("2024-04-17T05:03:30.500Z"));
    }

    @Test
    void theLargestAmountMoneyHoldsIsAccepted() {
        NotificationVerification verification = verify(body -> amount(body).put("value", "999999999999999.99"));

        assertThat(((Verified) verification).notification().amount()).isEqualTo(Money.parse("999999999999999.99"));
    }

    private static ObjectNode target(ObjectNode body, String field) {
        return field.startsWith("amount.") ? amount(body) : body;
    }

    private static String leaf(String field) {
        return field.startsWith("amount.") ? field.substring("amount.".length()) : field;
    }

    private static String valueOf(ObjectNode body, String field) {
        var node = target(body, field).get(leaf(field));
        return node == null || !node.isString() ? "" : node.stringValue();
    }
}

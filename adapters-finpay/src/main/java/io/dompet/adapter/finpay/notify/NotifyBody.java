package io.dompet.adapter.finpay.notify;

import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.InvalidField;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Malformed;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Unauthenticated;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification.Verified;
import io.dompet.domain.shared.InvalidPhoneNumberException;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.InvalidTopUpException;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpNotification;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of a Notify Top Up whose signature already verified: strict UTF-8 JSON, one object, no duplicate
 * keys; then every field (unknown fields are ignored, Finpay may add some). Each problem names the field with dots
 * ({@code amount.value}) and says what is wrong without repeating the value, so it is safe to log and to answer.
 */
final class NotifyBody {

    /** Strict where ambiguity could move money: a duplicate key or trailing content makes the body unreadable. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final int MAX_REFERENCE_NO = 64;
    private static final Pattern WIRE_AMOUNT = Pattern.compile("[0-9]+\\.[0-9]{2}");
    private static final Pattern UNSIGNED_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?");

    private NotifyBody() {
    }

    /**
     * The notification the body describes, or why it is refused.
     *
     * @param expectedMerchantId when not {@code null}, {@code merchantId} must equal it (else {@code Unauthenticated})
     */
    static NotificationVerification read(byte[] body, @Nullable String expectedMerchantId) {
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            root = JSON.readTree(text);
        } catch (CharacterCodingException e) {
            return new Malformed("body is not UTF-8");
        } catch (JacksonException e) {
            // never e.getMessage(): the parser quotes what it read, and the body carries a phone number
            return new Malformed("body is not valid JSON");
        }
        if (root == null || root.isMissingNode()) {
            return new Malformed("body is empty");
        }
        if (!root.isObject()) {
            return new Malformed("body is not a JSON object");
        }
        try {
            return new Verified(notification(root, expectedMerchantId));
        } catch (Refusal refusal) {
            return refusal.verification;
        }
    }

    /** Authentication first (the merchant), then the fields in the order of Finpay's table. */
    private static TopUpNotification notification(JsonNode root, @Nullable String expectedMerchantId) {
        String merchantId = printable(requiredText(root, "merchantId", "merchantId"), "merchantId");
        if (expectedMerchantId != null && !expectedMerchantId.equals(merchantId)) {
            throw new Refusal(new Unauthenticated("merchantId does not match"));
        }
        String referenceNo = printable(requiredText(root, "referenceNo", "referenceNo"), "referenceNo");
        if (referenceNo.length() > MAX_REFERENCE_NO) {
            throw invalid("referenceNo", "must be at most " + MAX_REFERENCE_NO + " characters");
        }
        PhoneNumber phoneNo = phoneNo(requiredText(root, "phoneNo", "phoneNo"));
        OffsetDateTime transactionDate = transactionDate(requiredText(root, "transactionDate", "transactionDate"));
        JsonNode amount = root.get("amount");
        if (amount == null || amount.isNull()) {
            throw missing("amount");
        }
        if (!amount.isObject()) {
            throw invalid("amount", "must be an object with value and currency");
        }
        Money value = amountValue(requiredText(amount, "value", "amount.value"));
        if (!"IDR".equals(requiredText(amount, "currency", "amount.currency"))) {
            throw invalid("amount.currency", "must be IDR");
        }
        String transactionDesc = optionalText(root, "transactionDesc");
        TopUpChannel channel = channel(requiredText(root, "channel", "channel"));
        return new TopUpNotification(referenceNo, phoneNo, transactionDate, merchantId, value, transactionDesc, channel);
    }

    private static PhoneNumber phoneNo(String text) {
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumberException e) {
            // PhoneNumber's messages name the problem and never the number
            throw invalid("phoneNo", e.getMessage());
        }
    }

    private static OffsetDateTime transactionDate(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid("transactionDate", "must be an ISO-8601 date-time with offset, such as 2024-04-17T12:03:38+07:00");
        }
    }

    /** Exactly two decimals, as Finpay documents ("Transaction amount with 2 decimal digits"); more than zero. */
    private static Money amountValue(String text) {
        if (!WIRE_AMOUNT.matcher(text).matches()) {
            if (text.startsWith("-")) {
                throw invalid("amount.value", "must not be negative");
            }
            if (UNSIGNED_DECIMAL.matcher(text).matches()) {
                throw invalid("amount.value", "must have exactly two decimals, such as 10000.00");
            }
            throw invalid("amount.value", "must be a decimal number with two decimals, such as 10000.00");
        }
        if (text.indexOf('.') > Money.MAX_INTEGER_DIGITS) {
            throw invalid("amount.value", "must have at most " + Money.MAX_INTEGER_DIGITS
                    + " digits before the decimal point");
        }
        Money money = Money.parse(text);
        if (money.isZero()) {
            throw invalid("amount.value", "must be greater than zero");
        }
        return money;
    }

    private static TopUpChannel channel(String text) {
        try {
            return new TopUpChannel(text);
        } catch (InvalidTopUpException e) {
            throw invalid("channel", "must be 1 to 32 printable ASCII characters without spaces");
        }
    }

    /** A present, non-blank string. */
    private static String requiredText(JsonNode object, String name, String field) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            throw missing(field);
        }
        if (!node.isString()) {
            throw invalid(field, "must be a string");
        }
        String text = node.stringValue();
        if (text.isBlank()) {
            throw new Refusal(new InvalidField(field, "is empty", true));
        }
        return text;
    }

    private static @Nullable String optionalText(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw invalid(field, "must be a string");
        }
        return node.stringValue();
    }

    /** Identifiers end up in logs and keys: no line breaks or other control characters. */
    private static String printable(String text, String field) {
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field, "must not contain control characters");
        }
        return text;
    }

    private static Refusal missing(String field) {
        return new Refusal(new InvalidField(field, "is missing", true));
    }

    private static Refusal invalid(String field, String problem) {
        return new Refusal(new InvalidField(field, problem, false));
    }

    /** Ends reading with a verdict; carries no stack trace, it is not an error of dompet's. */
    private static final class Refusal extends RuntimeException {

        private final transient NotificationVerification verification;

        Refusal(NotificationVerification verification) {
            super(null, null, false, false);
            this.verification = verification;
        }
    }
}

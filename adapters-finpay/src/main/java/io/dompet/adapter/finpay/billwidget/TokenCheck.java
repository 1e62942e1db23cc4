package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.application.port.out.BillWidgetPort.CheckOutcome;
import io.dompet.domain.shared.FinpayFailure;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check Token for {@link FinpayBillWidgetAdapter}: the call and its answer mapped to the port's {@link CheckOutcome},
 * as the adapter's Javadoc states it; logs under the adapter's logger, as the adapter always did. Never throws.
 */
final class TokenCheck {

    private static final Logger log = LoggerFactory.getLogger(FinpayBillWidgetAdapter.class);

    private final BillWidgetSettings settings;
    private final FinpayHttp http;
    private final BillWidgetClient client;

    TokenCheck(BillWidgetSettings settings, FinpayHttp http, BillWidgetClient client) {
        this.settings = settings;
        this.http = http;
        this.client = client;
    }

    CheckOutcome check(String token) {
        try {
            if (token == null || !FinpayBillWidgetAdapter.usableToken(token)) {
                log.warn("Finpay bill widget check: not sent, the token is blank or not printable ASCII");
                return new CheckOutcome.Invalid(new FinpayFailure(FinpayFailure.INVALID_BILL_WIDGET_TOKEN,
                        "the token is blank or not printable ASCII; nothing was sent"));
            }
            FinpayAnswer answer = http.exchange(BillWidgetEndpoint.CHECK_TOKEN, "",
                    () -> client.check(pathSegment(token)), settings.merchantKey(), token);
            if (!(answer instanceof FinpayAnswer.Answered answered)) {
                return new CheckOutcome.Unknown(((FinpayAnswer.NoAnswer) answer).reason());
            }
            return checked(answered);
        } catch (RuntimeException e) {
            return new CheckOutcome.Unknown(http.unexpected(BillWidgetEndpoint.CHECK_TOKEN, "", e));
        }
    }

    private static CheckOutcome checked(FinpayAnswer.Answered answered) {
        String stat = answered.code();
        if (!GenerateWidgetResponse.APP_SUCCESS.equals(stat)) {
            return new CheckOutcome.Invalid(FinpayBillWidgetAdapter.refusal(answered));
        }
        if (!answered.isHttpSuccess()) {
            return new CheckOutcome.Unknown("HTTP " + answered.httpStatus() + " disagrees with stat_code " + stat);
        }
        CheckTokenResponse fields = CheckTokenResponse.from(answered.body());
        if (!fields.hasData() || fields.productCodes() == null || fields.includeBill() == null) {
            return new CheckOutcome.Unknown("stat_code " + stat + " without data.productCodes (strings, or one"
                    + " comma-joined string) and a boolean data.includeBill");
        }
        return new CheckOutcome.Valid(fields.productCodes(), fields.trxId(), fields.includeBill());
    }

    /** {@code token} percent-encoded as one URL path segment: every byte but RFC 3986's unreserved characters. */
    static String pathSegment(String token) {
        StringBuilder encoded = new StringBuilder(token.length());
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}

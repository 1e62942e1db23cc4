package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.application.port.out.BillWidgetPort.GenerateOutcome;
import io.dompet.domain.shared.FinpayFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generate Widget's answer mapped to the port's {@link GenerateOutcome}, as {@link FinpayBillWidgetAdapter}'s Javadoc
 * states it; logs under the adapter's logger, as the adapter always did.
 */
final class GenerateAnswer {

    private static final int MAX_REDIRECT_URL = 2048;

    private static final Logger log = LoggerFactory.getLogger(FinpayBillWidgetAdapter.class);

    private GenerateAnswer() {
    }

    static GenerateOutcome outcome(FinpayAnswer.Answered answered, String subject, BillWidgetSettings settings) {
        GenerateWidgetResponse fields = GenerateWidgetResponse.from(answered.body());
        boolean codeSays = GenerateWidgetResponse.SUCCESS.equals(fields.responseCode());
        boolean statSays = GenerateWidgetResponse.APP_SUCCESS.equals(fields.statCode());
        boolean refused = fields.responseCode() != null ? !codeSays : !statSays;
        if (refused) {
            FinpayFailure failure = FinpayBillWidgetAdapter.refusal(answered);
            String hint = SignatureSwitches.hint(settings, failure.code(), failure.message());
            if (hint != null) {
                log.warn("Finpay bill widget generate {}: {}", subject, hint);
            }
            return new GenerateOutcome.Refused(failure);
        }
        if (!codeSays || !statSays) {
            return new GenerateOutcome.Unknown("data.responseCode " + fields.responseCode() + " and stat_code "
                    + fields.statCode() + " do not both say success");
        }
        if (!answered.isHttpSuccess()) {
            return new GenerateOutcome.Unknown("HTTP " + answered.httpStatus() + " disagrees with responseCode "
                    + answered.code());
        }
        Redirect redirect = redirect(fields.redirectURL());
        if (redirect == null) {
            log.error("Finpay bill widget generate {}: responseCode {} without a redirectURL that carries a token",
                    subject, answered.code());
            return new GenerateOutcome.Unknown("success answer without a redirectURL that carries a token");
        }
        return new GenerateOutcome.Generated(redirect.url(), redirect.token());
    }

    /** A redirect URL and the token in it. Shows neither. */
    record Redirect(String url, String token) {
        @Override
        public String toString() {
            return "Redirect[(redacted)]";
        }
    }

    /**
     * The redirect URL when it is an absolute http(s) URL with a host and exactly one {@code token} query parameter
     * whose decoded value is non-blank printable ASCII without spaces; otherwise {@code null}.
     */
    static @Nullable Redirect redirect(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > MAX_REDIRECT_URL) {
            return null;
        }
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
        if (!web || url.getHost() == null || url.getRawQuery() == null) {
            return null;
        }
        String token = null;
        for (String parameter : url.getRawQuery().split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!name.equals("token")) {
                continue;
            }
            if (token != null || equals < 0) {
                return null;
            }
            try {
                token = URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (token == null || !FinpayBillWidgetAdapter.usableToken(token)) {
            return null;
        }
        return new Redirect(url.toString(), token);
    }

}

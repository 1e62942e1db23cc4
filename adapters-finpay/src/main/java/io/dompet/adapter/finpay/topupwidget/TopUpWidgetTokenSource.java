package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.signature.TopUpWidgetSigner;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.FreshIds;
import io.dompet.adapter.finpay.transport.SingleFlightToken;
import io.dompet.adapter.finpay.transport.TokenAnswers;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Finpay Money for a token (Get Token) and says until when to use it: its {@code tokenExpiry} (Jakarta time)
 * minus a margin of min(60 s, 10 % of the lifetime left when it was asked for). {@link SingleFlightToken} caches it,
 * one refresh at a time.
 *
 * <p>A token without {@code tokenExpiry} is used for {@link TokenAnswers#FALLBACK_LIFETIME} (900 s), with a
 * warning, as a SNAP token without {@code expiresIn}. A token whose {@code tokenExpiry} is not in the documented
 * format, or not after the moment it was asked for, is used once (by the callers waiting for it) and not cached, with
 * a warning: the widget still works, at the cost of one Get Token per widget.
 */
final class TopUpWidgetTokenSource implements Supplier<SingleFlightToken.Fresh<String>> {

    private static final Logger log = LoggerFactory.getLogger(TopUpWidgetTokenSource.class);
    private static final String NO_TOKEN = "no token";

    private final FinpayHttp http;
    private final TopUpWidgetClient client;
    private final TopUpWidgetSigner signer;
    private final FreshIds transNumbers;
    private final Clock clock;
    private final List<String> credentials;
    private final TopUpWidgetSwitches switches;

    /**
     * @param credentials the password and secret key, redacted from any description Finpay sends back
     * @param switches    what a refusal may point at, for the log line
     */
    TopUpWidgetTokenSource(FinpayHttp http, TopUpWidgetClient client, TopUpWidgetSigner signer, FreshIds transNumbers,
                     Clock clock, List<String> credentials, TopUpWidgetSwitches switches) {
        this.http = Objects.requireNonNull(http);
        this.client = Objects.requireNonNull(client);
        this.signer = Objects.requireNonNull(signer);
        this.transNumbers = Objects.requireNonNull(transNumbers);
        this.clock = Objects.requireNonNull(clock);
        this.credentials = List.copyOf(credentials);
        this.switches = Objects.requireNonNull(switches);
    }

    /**
     * A new token.
     *
     * @throws TokenUnavailableException if Finpay gave none
     */
    @Override
    public SingleFlightToken.Fresh<String> get() {
        Instant askedAt = clock.instant();
        String transNumber = transNumbers.next();
        GetTokenRequest body = GetTokenRequest.signed(TopUpWidgetTimes.reqDtime(askedAt), transNumber, signer);
        String[] secrets = credentials.toArray(new String[credentials.size() + 1]);
        secrets[credentials.size()] = body.signature();
        FinpayAnswer.Answered answered = TokenAnswers.answered(http.exchange(TopUpWidgetEndpoint.GET_TOKEN,
                "transNumber " + transNumber, () -> client.getToken(body), secrets), NO_TOKEN);
        if (!TopUpWidgetEndpoint.isSuccess(answered)) {
            String description = answered.descriptionOr("(no statusDesc)");
            String hint = switches.hint(answered, TopUpWidgetEndpoint.GET_TOKEN);
            log.error("Finpay Money refused dompet's getToken ({} {}); if it persists, check"
                    + " dompet.finpay.money.username, password, secret-key and signature-key-case{}",
                    answered.code(), description, hint == null ? "" : "; " + hint);
            throw new TokenUnavailableException(NO_TOKEN + ": Finpay answered " + answered.code() + " " + description);
        }
        if (!answered.isHttpSuccess()) {
            throw new TokenUnavailableException(NO_TOKEN + ": HTTP " + answered.httpStatus() + " disagrees with statusCode "
                    + answered.code());
        }
        GetTokenResponse fields = TokenAnswers.fields(answered, GetTokenResponse.class, NO_TOKEN);
        String token = fields.tokenID();
        if (token == null || token.isBlank()) {
            throw new TokenUnavailableException(NO_TOKEN + ": the success answer has no tokenID");
        }
        return new SingleFlightToken.Fresh<>(token, refreshAt(askedAt, fields.tokenExpiry(), transNumber));
    }

    /**
     * When to stop using a token asked for at {@code askedAt}: {@code askedAt} itself means "use it once". Without a
     * {@code tokenExpiry} (missing or blank) it is used for {@link TokenAnswers#FALLBACK_LIFETIME}, as SNAP's token
     * without {@code expiresIn}; one that cannot be read is used once.
     */
    private static Instant refreshAt(Instant askedAt, @Nullable String tokenExpiry, String transNumber) {
        if (tokenExpiry == null || tokenExpiry.isBlank()) {
            log.warn("Finpay Money getToken transNumber {}: the answer has no tokenExpiry; the token is used for {} s,"
                    + " SNAP's usual lifetime", transNumber, TokenAnswers.FALLBACK_LIFETIME.toSeconds());
            return SingleFlightToken.refreshAt(askedAt, askedAt.plus(TokenAnswers.FALLBACK_LIFETIME));
        }
        Optional<Instant> expiry = TopUpWidgetTimes.tokenExpiry(tokenExpiry);
        if (expiry.isEmpty()) {
            log.warn("Finpay Money getToken transNumber {}: tokenExpiry is not dd-MMM-yy HH:mm:ss;"
                    + " the token is used once and not cached", transNumber);
            return askedAt;
        }
        Duration lifetime = Duration.between(askedAt, expiry.get());
        if (lifetime.isNegative() || lifetime.isZero()) {
            log.warn("Finpay Money getToken transNumber {}: tokenExpiry {} is not after the request ({} Jakarta time);"
                    + " the token is used once and not cached (check the clock)", transNumber, tokenExpiry,
                    TopUpWidgetTimes.reqDtime(askedAt));
            return askedAt;
        }
        return SingleFlightToken.refreshAt(askedAt, expiry.get());
    }
}

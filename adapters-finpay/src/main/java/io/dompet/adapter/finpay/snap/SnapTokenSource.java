package io.dompet.adapter.finpay.snap;

import io.dompet.adapter.finpay.signature.SnapTokenSigner;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.SingleFlightToken;
import io.dompet.adapter.finpay.transport.TokenAnswers;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Finpay for a SNAP B2B access token and says until when to use it: {@code expiresIn} minus a margin of
 * min(60 s, 10 % of its lifetime), counted from the moment the token was asked for; an answer without
 * {@code expiresIn} is taken as {@link TokenAnswers#FALLBACK_LIFETIME} (900 s) with a warning. {@link SingleFlightToken} caches
 * it, one refresh at a time; a token Finpay rejects (401xx01/401xx03) is dropped there.
 */
final class SnapTokenSource implements Supplier<SingleFlightToken.Fresh<String>> {

    private static final Logger log = LoggerFactory.getLogger(SnapTokenSource.class);
    private static final String NO_TOKEN = "no access token";
    /** What a bearer token may hold to travel in a header unchanged: visible ASCII without template braces. */
    private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7A\\x7C\\x7E]{1,3000}");

    private final FinpayHttp http;
    private final SnapTokenClient client;
    private final SnapTokenSigner signer;
    private final String clientId;
    private final Clock clock;

    SnapTokenSource(FinpayHttp http, SnapTokenClient client, SnapTokenSigner signer, String clientId, Clock clock) {
        this.http = Objects.requireNonNull(http);
        this.client = Objects.requireNonNull(client);
        this.signer = Objects.requireNonNull(signer);
        this.clientId = Objects.requireNonNull(clientId);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A new token.
     *
     * @throws TokenUnavailableException if Finpay gave none
     */
    @Override
    public SingleFlightToken.Fresh<String> get() {
        Instant askedAt = clock.instant();
        String timestamp = SnapHeaders.jakartaTime(askedAt);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.TIMESTAMP, timestamp);
        headers.put(SnapHeaders.CLIENT_KEY, clientId);
        headers.put(SnapSigningInterceptor.SIGNATURE, signer.sign(clientId, timestamp));
        FinpayAnswer.Answered answered = TokenAnswers.answered(http.exchange(SnapEndpoint.ACCESS_TOKEN, "",
                () -> client.accessToken(headers, AccessTokenRequest.CLIENT_CREDENTIALS)), NO_TOKEN);
        if (!SnapEndpoint.ACCESS_TOKEN.succeeded(answered)) {
            if (answered.httpStatus() == 401) {
                log.error("Finpay refused dompet's access-token request ({} {}): check dompet.finpay.snap.client-id and"
                        + " that Finpay holds the public key of dompet.finpay.snap.private-key",
                        answered.code(), answered.description());
            }
            throw new TokenUnavailableException(NO_TOKEN + ": Finpay answered " + answered.code() + " "
                    + answered.description());
        }
        AccessTokenResponse body = TokenAnswers.fields(answered, AccessTokenResponse.class, NO_TOKEN);
        String token = body.accessToken();
        if (token == null || !HEADER_SAFE.matcher(token).matches()) {
            throw new TokenUnavailableException(NO_TOKEN + ": the success answer has no usable accessToken");
        }
        if (body.tokenType() != null && !body.tokenType().equalsIgnoreCase("Bearer")) {
            throw new TokenUnavailableException(NO_TOKEN + ": tokenType is not Bearer");
        }
        Duration lifetime = lifetime(body.expiresIn());
        return new SingleFlightToken.Fresh<>(token,
                SingleFlightToken.refreshAt(askedAt, askedAt.plus(lifetime)));
    }

    /**
     * {@code expiresIn} as a lifetime; none at all (missing or blank) is {@link TokenAnswers#FALLBACK_LIFETIME}, with
     * a warning; one that is not a positive number of seconds gives no token.
     */
    private static Duration lifetime(@Nullable String expiresIn) {
        if (expiresIn == null || expiresIn.isBlank()) {
            log.warn("Finpay's access-token answer has no expiresIn; the token is used for {} s, SNAP's usual lifetime",
                    TokenAnswers.FALLBACK_LIFETIME.toSeconds());
            return TokenAnswers.FALLBACK_LIFETIME;
        }
        if (!expiresIn.strip().matches("\\d{1,9}")) {
            throw new TokenUnavailableException(NO_TOKEN + ": expiresIn is not a number of seconds");
        }
        long seconds = Long.parseLong(expiresIn.strip());
        if (seconds <= 0) {
            throw new TokenUnavailableException(NO_TOKEN + ": expiresIn is not positive");
        }
        return Duration.ofSeconds(seconds);
    }
}

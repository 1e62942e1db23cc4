package io.dompet.adapter.finpay.snap;

import feign.Response;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.finpay.transport.FreshIds;
import io.dompet.adapter.finpay.transport.SingleFlightToken;
import io.dompet.adapter.finpay.transport.TokenUnavailableException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SNAP call, as one or more HTTP attempts: each attempt gets a valid token, a fresh {@code X-EXTERNAL-ID} and
 * {@code X-TIMESTAMP} and (through {@link SnapSigningInterceptor}) a fresh signature over the same body.
 * An attempt answered {@code 401xx01}/{@code 401xx03} (token invalid or missing) is resent once after a token
 * refresh; one answered {@code 409xx00} (duplicate {@code X-EXTERNAL-ID}) is resent once with a new id (the
 * {@link SnapCase} table says which). Finpay
 * processes neither, so resending cannot move money twice. Everything else is returned as it came.
 *
 * <p>One log line per attempt: endpoint, subject (masked), HTTP status, responseCode, duration and
 * {@code X-EXTERNAL-ID}; never the token, the signature, the secret or a body.
 */
final class SnapTransport {

    private static final Logger log = LoggerFactory.getLogger(SnapTransport.class);

    /** Sends one attempt with the given headers. */
    @FunctionalInterface
    interface Attempt {
        Response send(SnapEmoneyClient client, Map<String, String> headers);
    }

    private final FinpayHttp http;
    private final SnapEmoneyClient client;
    private final SingleFlightToken<String> tokens;
    private final FreshIds externalIds;
    private final SnapSettings settings;
    private final Clock clock;

    SnapTransport(FinpayHttp http, SnapEmoneyClient client, SingleFlightToken<String> tokens, FreshIds externalIds,
                  SnapSettings settings) {
        this.http = Objects.requireNonNull(http);
        this.client = Objects.requireNonNull(client);
        this.tokens = Objects.requireNonNull(tokens);
        this.externalIds = Objects.requireNonNull(externalIds);
        this.settings = Objects.requireNonNull(settings);
        this.clock = settings.clock();
    }

    /**
     * The answer to the call; {@code subject} (safe to log: masked number, partnerReferenceNo) names it in logs.
     *
     * @throws TokenUnavailableException if no token could be had for an attempt; that attempt was not sent, and
     *                                   any earlier attempt was answered 401xx01/401xx03, so Finpay processed nothing
     */
    FinpayAnswer exchange(SnapEndpoint endpoint, String subject, Attempt attempt) {
        boolean tokenRefreshed = false;
        boolean externalIdRenewed = false;
        while (true) {
            String token = tokens.current();
            String externalId = externalIds.next();
            FinpayAnswer answer = send(endpoint, subject, attempt, token, externalId);
            if (answer instanceof FinpayAnswer.Answered answered) {
                SnapCase.Resend resend = SnapCase.of(answered).resend;
                if (!tokenRefreshed && resend == SnapCase.Resend.WITH_NEW_TOKEN) {
                    tokenRefreshed = true;
                    tokens.invalidate(token);
                    log.info("Finpay SNAP {} {}: token rejected ({}), refreshing it and resending once",
                            endpoint.shortName, subject, answered.code());
                    continue;
                }
                if (!externalIdRenewed && resend == SnapCase.Resend.WITH_NEW_EXTERNAL_ID) {
                    externalIdRenewed = true;
                    log.info("Finpay SNAP {} {}: duplicate X-EXTERNAL-ID {} ({}), resending once with a new one",
                            endpoint.shortName, subject, externalId, answered.code());
                    continue;
                }
            }
            return answer;
        }
    }

    private FinpayAnswer send(SnapEndpoint endpoint, String subject, Attempt attempt, String token, String externalId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.AUTHORIZATION, "Bearer " + token);
        headers.put(SnapHeaders.TIMESTAMP, SnapHeaders.jakartaTime(clock.instant()));
        headers.put(SnapHeaders.ORIGIN, settings.origin());
        headers.put(SnapHeaders.PARTNER_ID, settings.clientId());
        headers.put(SnapHeaders.EXTERNAL_ID, externalId);
        headers.put(SnapHeaders.CHANNEL_ID, settings.channelId());
        return http.exchange(endpoint, subject + ", X-EXTERNAL-ID " + externalId, () -> attempt.send(client, headers),
                settings.clientSecret(), token);
    }
}

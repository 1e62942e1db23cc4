package io.dompet.adapter.finpay.transport;

import java.time.Duration;
import tools.jackson.core.JacksonException;

/**
 * What the two token sources (SNAP's access token, Finpay Money's Get Token) do alike with an answer: no answer, or
 * a success answer whose fields have the wrong type, means no token, a {@link TokenUnavailableException} whose message
 * starts with the source's {@code noToken} text (e.g. {@code "no access token"}) and never quotes the body.
 */
public final class TokenAnswers {

    /**
     * How long a token is used when Finpay's success answer does not say (no {@code expiresIn}, no
     * {@code tokenExpiry}): SNAP's usual {@code "900"} seconds, for both sources alike, each logging one warning per
     * token it asked for.
     */
    public static final Duration FALLBACK_LIFETIME = Duration.ofSeconds(900);

    private TokenAnswers() {
    }

    /**
     * The answer Finpay gave.
     *
     * @throws TokenUnavailableException saying why there is none
     */
    public static FinpayAnswer.Answered answered(FinpayAnswer answer, String noToken) {
        if (answer instanceof FinpayAnswer.Answered answered) {
            return answered;
        }
        throw new TokenUnavailableException(noToken + ": " + ((FinpayAnswer.NoAnswer) answer).reason());
    }

    /**
     * The success answer's fields as {@code type}.
     *
     * @throws TokenUnavailableException if a field has the wrong type
     */
    public static <T> T fields(FinpayAnswer.Answered success, Class<T> type, String noToken) {
        try {
            return JsonAnswers.COMPACT_LENIENT.treeToValue(success.body(), type);
        } catch (JacksonException e) {
            // never log the exception: its message may quote the token
            throw new TokenUnavailableException(noToken + ": the success answer has fields of the wrong type");
        }
    }
}

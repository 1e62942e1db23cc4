package io.dompet.sandbox.snap;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.http.Request;

/**
 * What every transactional SNAP call must pass before its body is looked at, in this order:
 * <ol>
 *   <li>{@code Authorization: Bearer <token>}: absent → 401xx03 {@code Token Not Found (B2B)}; not a bearer
 *       token, unknown, revoked or expired → 401xx01 {@code Invalid Token (B2B)};</li>
 *   <li>{@code X-TIMESTAMP}, {@code X-SIGNATURE}, {@code ORIGIN}, {@code X-PARTNER-ID}, {@code X-EXTERNAL-ID},
 *       {@code CHANNEL-ID}, each in turn: absent or blank → 400xx02, malformed → 400xx01, naming the header;</li>
 *   <li>{@code X-PARTNER-ID} or {@code CHANNEL-ID} other than the configured ones → 401xx00;</li>
 *   <li>the HMAC-SHA512 {@code X-SIGNATURE} → 401xx00 {@code Unauthorized. [Signature]};</li>
 *   <li>{@code X-TIMESTAMP} more than 5 minutes off → 401xx00 {@code Unauthorized. [Timestamp]};</li>
 *   <li>{@code X-EXTERNAL-ID} already used today (any endpoint) → 409xx00 {@code Conflict}.</li>
 * </ol>
 */
final class TransactionalCheck {

    private static final String BEARER = "Bearer ";
    private static final Pattern EXTERNAL_ID = Pattern.compile("\\d{1,32}");
    private static final int MAX_PARTNER_ID = 36;
    private static final int MAX_CHANNEL_ID = 5;

    private final SandboxCredentials.Snap credentials;
    private final SignatureEncoding encoding;
    private final AccessTokens tokens;
    private final ExternalIds externalIds;
    private final SnapTimestamps timestamps;

    TransactionalCheck(SandboxCredentials.Snap credentials, SignatureEncoding encoding, AccessTokens tokens,
                       ExternalIds externalIds, SnapTimestamps timestamps) {
        this.credentials = credentials;
        this.encoding = encoding;
        this.tokens = tokens;
        this.externalIds = externalIds;
        this.timestamps = timestamps;
    }

    void check(Request request, SnapService service) {
        String accessToken = accessToken(request, service);

        String timestamp = header(request, service, "X-TIMESTAMP");
        Instant instant = SnapTimestamps.parseHeader(timestamp).orElseThrow(() -> service.invalidFormat("X-TIMESTAMP"));
        String signature = header(request, service, "X-SIGNATURE");
        header(request, service, "ORIGIN");
        String partnerId = header(request, service, "X-PARTNER-ID");
        if (partnerId.length() > MAX_PARTNER_ID) {
            throw service.invalidFormat("X-PARTNER-ID");
        }
        String externalId = header(request, service, "X-EXTERNAL-ID");
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw service.invalidFormat("X-EXTERNAL-ID");
        }
        String channelId = header(request, service, "CHANNEL-ID");
        if (channelId.length() > MAX_CHANNEL_ID) {
            throw service.invalidFormat("CHANNEL-ID");
        }

        if (!partnerId.equals(credentials.partnerId())) {
            throw service.unauthorized("Unknown client");
        }
        if (!channelId.equals(credentials.channelId())) {
            throw service.unauthorized("Unknown channel");
        }
        String stringToSign = SymmetricSignature.stringToSign(request.method(), relativePath(request), accessToken,
                request.body(), timestamp);
        if (!SymmetricSignature.matches(credentials.clientSecret(), stringToSign, encoding, signature)) {
            throw service.unauthorized("Signature");
        }
        if (!timestamps.isFresh(instant)) {
            throw service.unauthorized("Timestamp");
        }
        if (!externalIds.firstUseToday(externalId)) {
            throw SnapService.reject(service.error(409, 0, "Conflict"));
        }
    }

    private String accessToken(Request request, SnapService service) {
        Optional<String> authorization = request.header("Authorization").filter(value -> !value.isBlank());
        if (authorization.isEmpty()) {
            throw SnapService.reject(service.error(401, 3, "Token Not Found (B2B)"));
        }
        String value = authorization.get();
        String token = value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? value.substring(BEARER.length()).trim() : "";
        if (token.isEmpty() || !tokens.isValid(token)) {
            throw SnapService.reject(service.error(401, 1, "Invalid Token (B2B)"));
        }
        return token;
    }

    /** The path and, if any, the raw query: what the caller signed as {@code relativePath}. */
    static String relativePath(Request request) {
        return request.rawQuery().isEmpty() ? request.path() : request.path() + "?" + request.rawQuery();
    }

    static String header(Request request, SnapService service, String name) {
        return request.header(name).filter(value -> !value.isBlank()).orElseThrow(() -> service.missing(name));
    }
}

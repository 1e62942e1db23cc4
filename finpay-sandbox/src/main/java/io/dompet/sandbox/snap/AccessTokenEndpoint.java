package io.dompet.sandbox.snap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/**
 * {@code POST /v1.0/access-token/b2b} (service 73). Checks, in order: {@code X-TIMESTAMP}, {@code X-CLIENT-KEY},
 * {@code X-SIGNATURE} present (else 400 {@code 4007302} naming the header) and the timestamp well-formed (else
 * {@code 4007301}); the client key is the configured client id (else 401 {@code 4017300}); {@code X-SIGNATURE} is
 * {@code Base64(SHA256withRSA(merchant private key, clientId + "|" + X-TIMESTAMP))}, verified with the configured
 * merchant public key (else 401 {@code 4017300 Unauthorized. [Signature]}); the timestamp is within 5 minutes
 * (else {@code 4017300}); the body is {@code {"grantType":"client_credentials"}} (else {@code 4007302} /
 * {@code 4007301}).
 */
final class AccessTokenEndpoint implements Endpoint {

    static final String PATH = "/v1.0/access-token/b2b";
    private static final SnapService SERVICE = SnapService.ACCESS_TOKEN;
    private static final String GRANT_TYPE = "client_credentials";

    private final SandboxCredentials.Snap credentials;
    private final PublicKey merchantPublicKey;
    private final AccessTokens tokens;
    private final SnapTimestamps timestamps;
    private final SnapVariant.AnswerField expiresInField;

    AccessTokenEndpoint(SandboxCredentials.Snap credentials, PublicKey merchantPublicKey, AccessTokens tokens,
                        SnapTimestamps timestamps, SnapVariant.AnswerField expiresInField) {
        this.expiresInField = expiresInField;
        this.credentials = credentials;
        this.merchantPublicKey = merchantPublicKey;
        this.tokens = tokens;
        this.timestamps = timestamps;
    }

    @Override
    public Reply handle(Request request) {
        String timestamp = TransactionalCheck.header(request, SERVICE, "X-TIMESTAMP");
        Instant instant = SnapTimestamps.parseHeader(timestamp).orElseThrow(() -> SERVICE.invalidFormat("X-TIMESTAMP"));
        String clientKey = TransactionalCheck.header(request, SERVICE, "X-CLIENT-KEY");
        String signature = TransactionalCheck.header(request, SERVICE, "X-SIGNATURE");
        if (!clientKey.equals(credentials.clientId())) {
            throw SERVICE.unauthorized("Unknown client");
        }
        if (!verifies(credentials.clientId() + "|" + timestamp, signature)) {
            throw SERVICE.unauthorized("Signature");
        }
        if (!timestamps.isFresh(instant)) {
            throw SERVICE.unauthorized("Timestamp");
        }
        BodyFields.read(SERVICE, request.body()).text("grantType", GRANT_TYPE::equals);
        return SnapService.ok(new Token("2007300", "Successful", tokens.issue(), "Bearer", tokens.expiresIn()),
                expiresInField, "expiresIn");
    }

    private boolean verifies(String stringToSign, String signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(merchantPublicKey);
            verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signatureBytes);
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    record Token(String responseCode, String responseMessage, String accessToken, String tokenType, String expiresIn) {
    }
}

package io.dompet.sandbox.snap;

import java.time.Clock;

import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.http.Router;

/**
 * Finpay's SNAP e-money Customer Top Up as the sandbox plays it, with its state (issued tokens, used
 * {@code X-EXTERNAL-ID}s, recorded top-ups), all thread-safe:
 * <ul>
 *   <li>{@code POST /v1.0/access-token/b2b}</li>
 *   <li>{@code POST /v1.0/emoney/account-inquiry}</li>
 *   <li>{@code POST /v1.0/emoney/topup}</li>
 *   <li>{@code POST /v1.0/emoney/topup-status}</li>
 *   <li>{@code GET /sandbox/top-ups} (sandbox-only)</li>
 * </ul>
 */
public final class SnapApi {

    private final AccessTokens tokens;
    private final AccessTokenEndpoint accessToken;
    private final AccountInquiryEndpoint accountInquiry;
    private final TopUpEndpoint topUp;
    private final TopUpStatusEndpoint topUpStatus;
    private final ProcessedTopUpsEndpoint processedTopUps;

    public SnapApi(SandboxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    SnapApi(SandboxSettings settings, Clock clock) {
        SnapTimestamps timestamps = new SnapTimestamps(clock);
        ReferenceNumbers referenceNumbers = new ReferenceNumbers(clock);
        TopUpLedger ledger = new TopUpLedger();
        PartnerReferences references = new PartnerReferences(settings.snapVariant().referenceUniqueness());
        tokens = new AccessTokens(settings.tokenLifetime(), clock);
        TransactionalCheck check = new TransactionalCheck(settings.credentials().snap(), settings.snapVariant().signatureEncoding(),
                tokens, new ExternalIds(clock), timestamps);
        accessToken = new AccessTokenEndpoint(settings.credentials().snap(),
                SandboxKeys.parsePublicKey(settings.merchantPublicKeyPem()), tokens, timestamps,
                settings.snapVariant().tokenExpiresIn());
        accountInquiry = new AccountInquiryEndpoint(check, referenceNumbers, references,
                settings.slowAnswers().inquiryDelay(), Amount.fee(settings.snapVariant().feeAmount()));
        topUp = new TopUpEndpoint(check, ledger, references, referenceNumbers, clock, settings.slowAnswers().answerDelay(),
                settings.slowAnswers().successDelay(), settings.snapVariant());
        topUpStatus = new TopUpStatusEndpoint(check, ledger, settings.snapVariant().originalReferenceNo());
        processedTopUps = new ProcessedTopUpsEndpoint(ledger);
    }

    /** Adds the SNAP routes and {@code GET /sandbox/top-ups} to {@code routes}. */
    public Router.Builder register(Router.Builder routes) {
        return routes
                .postJson(AccessTokenEndpoint.PATH, SnapAccessLog.logged(SnapService.ACCESS_TOKEN, accessToken))
                .postJson(AccountInquiryEndpoint.PATH, SnapAccessLog.logged(SnapService.ACCOUNT_INQUIRY, accountInquiry))
                .postJson(TopUpEndpoint.PATH, SnapAccessLog.logged(SnapService.TOP_UP, topUp))
                .postJson(TopUpStatusEndpoint.PATH, SnapAccessLog.logged(SnapService.TOP_UP_STATUS, topUpStatus))
                .get(ProcessedTopUpsEndpoint.PATH, processedTopUps);
    }

    /** Revokes every access token issued so far: each answers 401xx01 until a new one is fetched. */
    public void revokeAccessTokens() {
        tokens.revokeAll();
    }
}

package io.dompet.sandbox.money;

import java.util.Set;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import io.dompet.sandbox.http.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /apicobrand/security/getToken}: after the {@link MoneyGate} checks ({@code requestType}
 * {@code getToken}), issues a {@code tokenID} valid for the configured lifetime. Its {@code transNumber} is not
 * required to be unique (only {@code widget/topup} enforces that).
 */
final class GetTokenEndpoint implements Endpoint {

    static final String PATH = MoneyApi.BASE_PATH + "/security/getToken";
    private static final Set<String> REQUEST_TYPES = Set.of("getToken");
    private static final Logger log = LoggerFactory.getLogger(GetTokenEndpoint.class);

    private final MoneyGate gate;
    private final WidgetTokens tokens;

    GetTokenEndpoint(MoneyGate gate, WidgetTokens tokens) {
        this.gate = gate;
        this.tokens = tokens;
    }

    @Override
    public Reply handle(Request request) {
        long started = System.nanoTime();
        try {
            gate.admit(request, REQUEST_TYPES);
        } catch (RequestRejectedException rejected) {
            log.info("Finpay sandbox Money getToken -> {}", rejected.reply().bodyText());
            throw rejected;
        }
        WidgetTokens.Issued issued = tokens.issue();
        log.info("Finpay sandbox Money getToken -> 000, token valid until {}", MoneyTime.tokenExpiry(issued.expiry()));
        return Reply.ok(new TokenIssued(MoneyStatus.SUCCESS, "Success", issued.tokenId(),
                MoneyTime.tokenExpiry(issued.expiry()), MoneyTime.processingTime(started)));
    }

    record TokenIssued(String statusCode, String statusDesc, String tokenID, String tokenExpiry, double processingTime) {
    }
}

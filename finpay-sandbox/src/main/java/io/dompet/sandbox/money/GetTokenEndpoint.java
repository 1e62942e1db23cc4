package io.dompet.sandbox.money;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /apicobrand/security/getToken}: after the {@link MoneyGate} checks ({@code requestType}
 * {@code getToken}), issues a {@code tokenID} valid for the configured lifetime. A {@code transNumber} is used once:
 * one that an earlier successful getToken used is refused with {@code 006 Duplicate transNumber}, as strict as
 * {@code widget/topup}.
 */
final class GetTokenEndpoint implements Endpoint {

    static final String PATH = MoneyApi.BASE_PATH + "/security/getToken";
    private static final String REQUEST_TYPE = "getToken";
    private static final Logger log = LoggerFactory.getLogger(GetTokenEndpoint.class);

    private final MoneyGate gate;
    private final WidgetTokens tokens;
    private final Set<String> usedTransNumbers = ConcurrentHashMap.newKeySet();

    GetTokenEndpoint(MoneyGate gate, WidgetTokens tokens) {
        this.gate = gate;
        this.tokens = tokens;
    }

    @Override
    public Reply handle(Request request) {
        long started = System.nanoTime();
        String transNumber = gate.admit(request, REQUEST_TYPE).get("transNumber");
        if (!usedTransNumbers.add(transNumber)) {
            log.info("Finpay sandbox Money getToken: transNumber {} refused, expected one not used before",
                    transNumber);
            throw MoneyStatus.DUPLICATE_TRANS_NUMBER.rejection();
        }
        WidgetTokens.Issued issued = tokens.issue();
        log.info("Finpay sandbox Money getToken -> 000, token valid until {}", MoneyTime.tokenExpiry(issued.expiry()));
        return Reply.ok(new TokenIssued(MoneyStatus.SUCCESS, "Success", issued.tokenId(),
                MoneyTime.tokenExpiry(issued.expiry()), MoneyTime.processingTime(started)));
    }

    record TokenIssued(String statusCode, String statusDesc, String tokenID, String tokenExpiry, double processingTime) {
    }
}

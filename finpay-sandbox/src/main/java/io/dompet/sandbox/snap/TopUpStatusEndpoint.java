package io.dompet.sandbox.snap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/**
 * {@code POST /v1.0/emoney/topup-status} (service 39). After the {@link TransactionalCheck}: the body
 * {@code originalPartnerReferenceNo} (mandatory), {@code originalReferenceNo} (optional, may be empty) and
 * {@code serviceCode} {@code "38"}. Always answers 200 {@code 2003900} with {@code latestTransactionStatus}
 * {@code 00} (processed), {@code 06} (recorded but refused) or {@code 07} (not found, also when a non-empty
 * {@code originalReferenceNo} is not the one the top-up got).
 */
final class TopUpStatusEndpoint implements Endpoint {

    static final String PATH = "/v1.0/emoney/topup-status";
    private static final SnapService SERVICE = SnapService.TOP_UP_STATUS;

    private final TransactionalCheck check;
    private final TopUpLedger ledger;

    TopUpStatusEndpoint(TransactionalCheck check, TopUpLedger ledger) {
        this.check = check;
        this.ledger = ledger;
    }

    @Override
    public Reply handle(Request request) {
        check.check(request, SERVICE);
        BodyFields body = BodyFields.read(SERVICE, request.body());
        String partnerReferenceNo = body.text("originalPartnerReferenceNo", 64);
        Optional<String> referenceNo = body.optionalText("originalReferenceNo", value -> value.length() <= 64);
        body.text("serviceCode", SnapService.TOP_UP.code()::equals);

        Optional<TopUpLedger.Entry> entry = ledger.find(partnerReferenceNo)
                .filter(found -> referenceNo.isEmpty() || referenceNo.get().equals(found.referenceNo()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("responseCode", "2003900");
        answer.put("responseMessage", "Successful");
        answer.put("originalPartnerReferenceNo", partnerReferenceNo);
        answer.put("originalReferenceNo", entry.map(TopUpLedger.Entry::referenceNo).orElse(referenceNo.orElse("")));
        answer.put("serviceCode", SnapService.TOP_UP.code());
        if (entry.isEmpty()) {
            answer.put("latestTransactionStatus", "07");
            answer.put("transactionStatusDesc", "Not Found");
        } else {
            boolean processed = entry.get().processed();
            answer.put("latestTransactionStatus", processed ? "00" : "06");
            answer.put("transactionStatusDesc", processed ? "Success" : "Failed");
            answer.put("amount", entry.get().amount());
        }
        return Reply.ok(answer);
    }
}

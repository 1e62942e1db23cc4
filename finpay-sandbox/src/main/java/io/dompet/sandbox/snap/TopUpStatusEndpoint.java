package io.dompet.sandbox.snap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1.0/emoney/topup-status} (service 39). After the {@link TransactionalCheck}: the body
 * {@code originalPartnerReferenceNo} (mandatory), {@code originalReferenceNo} (Finpay's reference, or, when the
 * caller does not know it, in the form {@link SnapVariant#originalReferenceNo()} says: omitted by default, {@code ""}
 * then 400xx01; or {@code ""}, an omitted field then 400xx02) and {@code serviceCode} {@code "38"}. Then always
 * answers 200 {@code 2003900} with {@code latestTransactionStatus} {@code 00} (processed), {@code 06} (recorded but refused) or {@code 07} (not found, also when a non-empty
 * {@code originalReferenceNo} is not the one the top-up got).
 */
final class TopUpStatusEndpoint implements Endpoint {

    static final String PATH = "/v1.0/emoney/topup-status";
    private static final SnapService SERVICE = SnapService.TOP_UP_STATUS;
    private static final Logger log = LoggerFactory.getLogger(TopUpStatusEndpoint.class);

    private final TransactionalCheck check;
    private final TopUpLedger ledger;
    private final SnapVariant.OriginalReferenceNo unknownReference;

    TopUpStatusEndpoint(TransactionalCheck check, TopUpLedger ledger, SnapVariant.OriginalReferenceNo unknownReference) {
        this.check = check;
        this.ledger = ledger;
        this.unknownReference = unknownReference;
    }

    @Override
    public Reply handle(Request request) {
        check.check(request, SERVICE);
        BodyFields body = BodyFields.read(SERVICE, request.body());
        String partnerReferenceNo = body.text("originalPartnerReferenceNo", 64);
        checkUnknownReferenceForm(body);
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

    private void checkUnknownReferenceForm(BodyFields body) {
        String field = "originalReferenceNo";
        if (unknownReference == SnapVariant.OriginalReferenceNo.EMPTY && !body.has(field)) {
            log.info("Finpay sandbox SNAP topup-status: {} omitted, refused with 4003902; expected \"\" when the"
                    + " reference is unknown", field);
            throw SERVICE.missing(field);
        }
        if (unknownReference == SnapVariant.OriginalReferenceNo.OMIT && body.isEmptyText(field)) {
            log.info("Finpay sandbox SNAP topup-status: {} \"\" refused with 4003901; expected the field omitted when"
                    + " the reference is unknown", field);
            throw SERVICE.invalidFormat(field);
        }
    }
}

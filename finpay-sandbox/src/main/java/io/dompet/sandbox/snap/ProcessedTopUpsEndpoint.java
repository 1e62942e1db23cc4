package io.dompet.sandbox.snap;

import java.time.format.DateTimeFormatter;
import java.util.List;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/**
 * {@code GET /sandbox/top-ups} (sandbox-only, no authentication): every top-up the sandbox processed, in order,
 * so tests can prove each one happened exactly once. Refused attempts are not listed.
 */
final class ProcessedTopUpsEndpoint implements Endpoint {

    static final String PATH = "/sandbox/top-ups";

    private final TopUpLedger ledger;

    ProcessedTopUpsEndpoint(TopUpLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Reply handle(Request request) {
        List<ProcessedTopUp> topUps = ledger.processed().stream()
                .map(entry -> new ProcessedTopUp(entry.partnerReferenceNo(), entry.referenceNo(),
                        entry.customerNumber(), entry.amount(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.at().atZone(SnapTimestamps.JAKARTA))))
                .toList();
        return Reply.ok(topUps);
    }

    record ProcessedTopUp(String partnerReferenceNo, String referenceNo, String customerNumber, Amount amount,
                          String processedAt) {
    }
}

package io.dompet.sandbox.snap;

import java.time.Clock;
import java.time.Duration;

import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1.0/emoney/topup} (service 38). After the {@link TransactionalCheck}: the body fields as for the
 * inquiry plus {@code customerName} (exactly the inquiry's masked name) and {@code feeAmount{}} (exactly the
 * inquiry's fee, {@code 1000.00 IDR}, or {@code 1000} when {@link SnapVariant#feeAmount()} is {@code INTEGER}). A
 * {@code partnerReferenceNo} an account inquiry already sent is refused when {@link SnapVariant#referenceUniqueness()}
 * is {@code ACROSS_SERVICES} (409 {@code 4093801 Duplicate partnerReferenceNo}; nothing recorded, nothing credited).
 * Then the attempt is recorded under its {@code partnerReferenceNo}, at most
 * once (a second attempt → 409 {@code 4093801 Duplicate partnerReferenceNo}, whatever became of the first); an
 * amount outside the limits is recorded as refused and answered 403 {@code 4033802}; otherwise the customer
 * number's last four digits choose the outcome (see {@link TestCustomer}), including the transport faults after
 * processing: no answer at all ({@code …0009}), or half an answer stalled for {@code slowAnswerDelay} ({@code …0011}).
 * A success answer leaves out {@code referenceNo} when {@link SnapVariant#topUpReferenceNo()} is {@code OMIT} (the
 * status inquiry still answers it).
 */
final class TopUpEndpoint implements Endpoint {

    static final String PATH = "/v1.0/emoney/topup";
    static final String BAD_GATEWAY_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    private static final SnapService SERVICE = SnapService.TOP_UP;
    private static final Logger log = LoggerFactory.getLogger(TopUpEndpoint.class);

    private final TransactionalCheck check;
    private final TopUpLedger ledger;
    private final PartnerReferences references;
    private final ReferenceNumbers referenceNumbers;
    private final Clock clock;
    private final Duration slowAnswerDelay;
    private final Duration slowSuccessDelay;
    private final SnapVariant.AnswerField referenceNoField;
    private final Amount expectedFee;

    TopUpEndpoint(TransactionalCheck check, TopUpLedger ledger, PartnerReferences references,
                  ReferenceNumbers referenceNumbers, Clock clock, Duration slowAnswerDelay, Duration slowSuccessDelay,
                  SnapVariant variant) {
        this.referenceNoField = variant.topUpReferenceNo();
        this.expectedFee = Amount.fee(variant.feeAmount());
        this.check = check;
        this.ledger = ledger;
        this.references = references;
        this.referenceNumbers = referenceNumbers;
        this.clock = clock;
        this.slowAnswerDelay = slowAnswerDelay;
        this.slowSuccessDelay = slowSuccessDelay;
    }

    @Override
    public Reply handle(Request request) {
        check.check(request, SERVICE);
        BodyFields body = BodyFields.read(SERVICE, request.body());
        String partnerReferenceNo = body.text("partnerReferenceNo", 64);
        String customerNumber = body.text("customerNumber", TestCustomer.NUMBER.asMatchPredicate());
        String customerName = body.text("customerName", 255);
        Amount amount = body.amount("amount");
        Amount fee = body.amount("feeAmount", BodyFields.anyAmountValue());
        body.text("transactionDate", SnapTimestamps::isTransactionDate);
        if (!customerName.equals(TestCustomer.maskedName(customerNumber))) {
            throw SERVICE.invalidFormat("customerName");
        }
        if (!fee.equals(expectedFee)) {
            log.info("Finpay sandbox SNAP topup: feeAmount.value {} refused with 4003801, expected {} exactly as the"
                    + " inquiry answered it", fee.value(), expectedFee.value());
            throw SERVICE.invalidFormat("feeAmount.value");
        }

        if (!references.take(SERVICE, partnerReferenceNo)) {
            log.info("Finpay sandbox SNAP topup: partnerReferenceNo {} was already sent by an account inquiry; refused"
                    + " with 4093801 as its references are unique across services, nothing recorded", partnerReferenceNo);
            throw SERVICE.duplicateReference();
        }
        TestCustomer customer = TestCustomer.of(customerNumber);
        boolean withinLimits = amount.withinLimits();
        boolean processed = withinLimits && customer.processed();
        String referenceNo = processed ? referenceNumbers.next() : null;
        if (ledger.record(partnerReferenceNo, referenceNo, customerNumber, amount, processed, clock.instant()).isEmpty()) {
            throw SERVICE.duplicateReference();
        }
        if (!withinLimits) {
            throw SnapService.reject(SERVICE.error(403, 2, "Exceeds Transaction Amount Limit"));
        }
        TopUp answer = new TopUp("2003800", "Successful", referenceNo, partnerReferenceNo,
                TestCustomer.maskNumber(customerNumber), customerName, amount);
        return switch (customer) {
            case SUCCEEDS -> success(answer);
            case UNKNOWN -> Reply.snapError(SERVICE.error(404, 11, "Invalid Customer"));
            case ANSWERS_AFTER_TIMEOUT -> {
                hold(slowAnswerDelay);
                yield success(answer);
            }
            case GENERAL_ERROR -> Reply.snapError(SERVICE.error(500, 0, "General Error"));
            case IN_PROGRESS -> Reply.json(202, new TopUp("2023800", "Request In Progress", referenceNo,
                    partnerReferenceNo, answer.customerNumber(), customerName, amount));
            case INSUFFICIENT_FUNDS -> Reply.snapError(SERVICE.error(403, 14, "Insufficient Funds"));
            case SLOW_SUCCESS -> {
                hold(slowSuccessDelay);
                yield success(answer);
            }
            case BAD_GATEWAY, PROCESSED_THEN_BAD_GATEWAY -> Reply.html(502, BAD_GATEWAY_PAGE);
            case SLOW_INQUIRY -> success(answer);
            case PROCESSED_THEN_DROPPED -> success(answer).dropped();
            case PROCESSED_THEN_STALLED -> success(answer).stalledMidBody(slowAnswerDelay);
        };
    }

    /** A 200 success answer, without {@code referenceNo} when the {@link SnapVariant} omits it. */
    private Reply success(TopUp answer) {
        return SnapService.ok(answer, referenceNoField, "referenceNo");
    }

    /** Holds the answer back; a sandbox that is closing interrupts the wait and the answer goes out at once. */
    static void hold(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record TopUp(String responseCode, String responseMessage, String referenceNo, String partnerReferenceNo,
                 String customerNumber, String customerName, Amount amount) {
    }
}

package io.dompet.sandbox.snap;

import java.time.Duration;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/**
 * {@code POST /v1.0/emoney/account-inquiry} (service 37). After the {@link TransactionalCheck}: the body
 * {@code partnerReferenceNo} (1..64), {@code customerNumber} ({@code 08…}, 10..16 digits), {@code amount{}},
 * {@code transactionDate} (ISO-8601 with offset). Answers {@code 2003700} with the masked number and name, the
 * limits and the fee for every well-formed number, whatever the amount: the inquiry tells the merchant the limits,
 * and the top-up enforces them (403 {@code 4033802}), so a merchant that checks the limits itself never gets there.
 * The test customers' behaviours happen at the top-up, except that a number ending {@code 0008} is answered only
 * after {@code slowInquiryDelay}. The inquiry moves no money and may be repeated with one
 * {@code partnerReferenceNo}. When references are unique across services ({@link PartnerReferences}) an inquiry takes
 * its reference from the top-ups, and a reference a top-up already took is refused, 409 {@code 4093701 Duplicate
 * partnerReferenceNo}.
 */
final class AccountInquiryEndpoint implements Endpoint {

    static final String PATH = "/v1.0/emoney/account-inquiry";
    static final String FEE_TYPE = "OUR";
    private static final SnapService SERVICE = SnapService.ACCOUNT_INQUIRY;

    private final TransactionalCheck check;
    private final ReferenceNumbers referenceNumbers;
    private final PartnerReferences references;
    private final Duration slowInquiryDelay;
    private final Amount fee;

    AccountInquiryEndpoint(TransactionalCheck check, ReferenceNumbers referenceNumbers, PartnerReferences references,
                           Duration slowInquiryDelay, Amount fee) {
        this.fee = fee;
        this.check = check;
        this.referenceNumbers = referenceNumbers;
        this.references = references;
        this.slowInquiryDelay = slowInquiryDelay;
    }

    @Override
    public Reply handle(Request request) {
        check.check(request, SERVICE);
        BodyFields body = BodyFields.read(SERVICE, request.body());
        String partnerReferenceNo = body.text("partnerReferenceNo", 64);
        String customerNumber = body.text("customerNumber", TestCustomer.NUMBER.asMatchPredicate());
        Amount amount = body.amount("amount");
        body.text("transactionDate", SnapTimestamps::isTransactionDate);
        if (!references.take(SERVICE, partnerReferenceNo)) {
            throw SERVICE.duplicateReference();
        }
        if (TestCustomer.of(customerNumber) == TestCustomer.SLOW_INQUIRY) {
            TopUpEndpoint.hold(slowInquiryDelay);
        }
        return Reply.ok(new Inquiry("2003700", "Successful", referenceNumbers.next(), partnerReferenceNo,
                TestCustomer.maskNumber(customerNumber), TestCustomer.maskedName(customerNumber), Amount.MIN,
                Amount.MAX, amount, fee, FEE_TYPE));
    }

    record Inquiry(String responseCode, String responseMessage, String referenceNo, String partnerReferenceNo,
                   String customerNumber, String customerName, Amount minAmount, Amount maxAmount, Amount amount,
                   Amount feeAmount, String feeType) {
    }
}

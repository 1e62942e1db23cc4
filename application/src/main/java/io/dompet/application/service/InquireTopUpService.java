package io.dompet.application.service;

import io.dompet.application.port.in.InquireTopUpCommand;
import io.dompet.application.port.in.InquireTopUpUseCase;
import io.dompet.application.port.in.TopUpInquiryResult;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.EmoneyTopUpPort.AccountInquiry;
import io.dompet.application.port.out.EmoneyTopUpPort.InquiryOutcome;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import java.time.Clock;
import java.util.Objects;

/** A stand-alone account inquiry, under a partnerReferenceNo of its own; nothing is stored. */
public final class InquireTopUpService implements InquireTopUpUseCase {

    private final EmoneyTopUpPort emoney;
    private final ReferenceGeneratorPort references;
    private final Clock clock;

    public InquireTopUpService(EmoneyTopUpPort emoney, ReferenceGeneratorPort references, Clock clock) {
        this.emoney = Objects.requireNonNull(emoney);
        this.references = Objects.requireNonNull(references);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public TopUpInquiryResult inquire(InquireTopUpCommand command) {
        InquiryOutcome outcome = emoney.inquire(new AccountInquiry(references.newPartnerReferenceNo(),
                command.customerNumber(), command.amount(), clock.instant()));
        if (outcome instanceof InquiryOutcome.Inquired inquired) {
            return new TopUpInquiryResult.Inquired(command.customerNumber(), inquired.customerName(), inquired.fee().money(),
                    inquired.feeType(), inquired.minAmount(), inquired.maxAmount());
        }
        if (outcome instanceof InquiryOutcome.Refused refused) {
            return new TopUpInquiryResult.Refused(refused.failure());
        }
        return new TopUpInquiryResult.Unavailable(((InquiryOutcome.Unknown) outcome).reason());
    }
}

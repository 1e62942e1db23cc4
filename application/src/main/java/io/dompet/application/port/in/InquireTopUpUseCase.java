package io.dompet.application.port.in;

/** Asks Finpay whether a top-up to a customer is possible, and at what fee and limits. Moves no money. */
public interface InquireTopUpUseCase {

    TopUpInquiryResult inquire(InquireTopUpCommand command);
}

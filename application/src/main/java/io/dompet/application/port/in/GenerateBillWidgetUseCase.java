package io.dompet.application.port.in;

/** Issues a Finpay bill-payment widget for the given billers, optionally pre-filled with a bill. */
public interface GenerateBillWidgetUseCase {

    GenerateBillWidgetResult generate(GenerateBillWidgetCommand command);
}

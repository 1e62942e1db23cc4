package io.dompet.application.port.in;

/** Issues a Finpay Money top-up widget to a customer: a page where they choose a channel and pay. */
public interface OpenTopUpWidgetUseCase {

    OpenTopUpWidgetResult open(OpenTopUpWidgetCommand command);
}

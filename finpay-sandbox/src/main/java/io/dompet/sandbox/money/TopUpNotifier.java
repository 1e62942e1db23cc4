package io.dompet.sandbox.money;

/**
 * Sends Finpay's Notify Top Up to the merchant when a customer pays on the widget page, and waits for the
 * merchant's answer. The sandbox wires it to its notification sender; this package does not know how it is sent.
 */
@FunctionalInterface
public interface TopUpNotifier {

    /**
     * Sends one signed Notify Top Up and waits until the merchant accepted it or delivery gave up.
     *
     * @param phoneNumber the customer's number, {@code 08…}
     * @param amount      two decimals, e.g. {@code 50000.00}
     * @param channel     one of {@link WidgetChannels#CODES}
     */
    Outcome notifyTopUp(String phoneNumber, String amount, String channel) throws InterruptedException;

    /**
     * How sending ended.
     *
     * @param referenceNo Finpay's {@code referenceNo} of the notification; {@code null} when none was sent
     * @param delivered   whether the merchant accepted it (2xx)
     * @param problem     why it was not delivered, for the customer's eyes; {@code null} when delivered
     */
    record Outcome(String referenceNo, boolean delivered, String problem) {

        public static Outcome delivered(String referenceNo) {
            return new Outcome(referenceNo, true, null);
        }

        public static Outcome failed(String referenceNo, String problem) {
            return new Outcome(referenceNo, false, problem);
        }
    }
}

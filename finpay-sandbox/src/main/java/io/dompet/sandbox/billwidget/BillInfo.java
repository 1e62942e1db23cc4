package io.dompet.sandbox.billwidget;

/**
 * The optional bill a merchant passes to Generate Widget. Customer data is personal: {@link #toString()} and the
 * page show only {@link #maskedCustomerName()}; phone and e-mail are kept but never shown or logged.
 *
 * @param billNumber    mandatory inside {@code billInfo}
 * @param amount        digits, optionally with two decimals ({@code "0"} in Finpay's sample); {@code null} when absent
 * @param period        e.g. {@code "01"}; {@code null} when absent
 * @param customerName  {@code null} when absent
 * @param customerPhone {@code null} when absent
 * @param customerEmail {@code null} when absent
 */
record BillInfo(String billNumber, String amount, String period, String customerName, String customerPhone,
                String customerEmail) {

    /** The first letter of the customer's name and {@code ***} ({@code "customer name"} → {@code "c***"}); null when absent. */
    String maskedCustomerName() {
        if (customerName == null || customerName.isBlank()) {
            return null;
        }
        String name = customerName.strip();
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "***";
    }

    @Override
    public String toString() {
        return "BillInfo[billNumber=" + billNumber + ", amount=" + amount + ", period=" + period
                + ", customerName=" + maskedCustomerName() + ", customerPhone=***, customerEmail=***]";
    }
}

package io.dompet.domain.billwidget;

import io.dompet.domain.shared.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bill a widget is pre-filled with. {@code billNumber} is required; the rest is optional. Each value is checked:
 * bill number 1–32 letters or digits, amount as money ({@code 0} allowed: "let the biller say"), period 1–10 letters
 * or digits, customer name 1–{@value #MAX_CUSTOMER_NAME_LENGTH} printable characters, phone 6–15 digits (any
 * Indonesian number, landlines too), e-mail a plain address of at most {@value #MAX_CUSTOMER_EMAIL_LENGTH} characters.
 * Each rule is also a static method of its own, so that a caller can check every field of a request and name each
 * invalid one.
 */
public record BillInfo(String billNumber, @Nullable Money amount, @Nullable String period,
                       @Nullable String customerName, @Nullable String customerPhone,
                       @Nullable String customerEmail) {

    public static final int MAX_CUSTOMER_NAME_LENGTH = 100;
    public static final int MAX_CUSTOMER_EMAIL_LENGTH = 100;

    public BillInfo {
        checkBillNumber(billNumber);
        checkPeriod(period);
        checkCustomerName(customerName);
        checkCustomerPhone(customerPhone);
        checkCustomerEmail(customerEmail);
    }

    /** @throws InvalidBillWidgetException unless {@code billNumber} is 1 to 32 letters or digits */
    public static void checkBillNumber(String billNumber) {
        Objects.requireNonNull(billNumber, "billNumber");
        if (!billNumber.matches("[A-Za-z0-9]{1,32}")) {
            throw new InvalidBillWidgetException("billInfo.billNumber must be 1 to 32 letters or digits");
        }
    }

    /** @throws InvalidBillWidgetException unless {@code period} is absent or 1 to 10 letters or digits */
    public static void checkPeriod(@Nullable String period) {
        if (period != null && !period.matches("[A-Za-z0-9]{1,10}")) {
            throw new InvalidBillWidgetException("billInfo.period must be 1 to 10 letters or digits");
        }
    }

    /** @throws InvalidBillWidgetException unless {@code customerName} is absent or 1 to 100 printable characters */
    public static void checkCustomerName(@Nullable String customerName) {
        if (customerName != null && (customerName.isBlank() || customerName.length() > MAX_CUSTOMER_NAME_LENGTH
                || !customerName.chars().allMatch(c -> c >= 0x20 && c != 0x7f))) {
            throw new InvalidBillWidgetException("billInfo.customerName must be 1 to " + MAX_CUSTOMER_NAME_LENGTH
                    + " printable characters");
        }
    }

    /** @throws InvalidBillWidgetException unless {@code customerPhone} is absent or 6 to 15 digits */
    public static void checkCustomerPhone(@Nullable String customerPhone) {
        if (customerPhone != null && !customerPhone.matches("[0-9]{6,15}")) {
            throw new InvalidBillWidgetException("billInfo.customerPhone must be 6 to 15 digits");
        }
    }

    /** @throws InvalidBillWidgetException unless {@code customerEmail} is absent or an e-mail address of at most 100 characters */
    public static void checkCustomerEmail(@Nullable String customerEmail) {
        if (customerEmail != null && (customerEmail.length() > MAX_CUSTOMER_EMAIL_LENGTH
                || !customerEmail.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"))) {
            throw new InvalidBillWidgetException("billInfo.customerEmail must be an e-mail address");
        }
    }

    /** Without personal data: bill number and amount only. */
    @Override
    public String toString() {
        return "BillInfo[billNumber=" + billNumber + ", amount=" + amount + "]";
    }
}

package io.dompet.bootstrap.doctor;

import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.PhoneNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.doctor.*}: what the connection doctor asks Finpay about.
 *
 * @param testCustomerNumber the number of the account inquiry and of the widget top-up; by default
 *                           {@value #SANDBOX_TEST_NUMBER}, a number the Finpay sandbox knows (Finpay's staging may not:
 *                           "no such customer" still proves the signature and the fields were accepted)
 * @param productCode        the one biller code of the bill widget generate ({@value #DEFAULT_PRODUCT_CODE}, BPJS
 *                           Kesehatan, one of the codes Finpay's material names)
 * @param billInfo           whether the generate carries a bill ({@code billInfo}); only then does
 *                           {@code bill-amount-format} matter and get varied
 * @param maxCalls           the most HTTP exchanges with Finpay the doctor makes in one run, token requests included
 */
@Validated
@ConfigurationProperties(DoctorProperties.PREFIX)
public record DoctorProperties(@DefaultValue(SANDBOX_TEST_NUMBER) String testCustomerNumber,
                               @DefaultValue(DEFAULT_PRODUCT_CODE) String productCode,
                               @DefaultValue("false") boolean billInfo,
                               @DefaultValue("60") @Min(1) @Max(200) int maxCalls) {

    public static final String PREFIX = "dompet.doctor";
    public static final String SANDBOX_TEST_NUMBER = "081234567890";
    public static final String DEFAULT_PRODUCT_CODE = "080003";

    /** Checks the test number and the product code by the domain's own rules; messages name the property. */
    public DoctorProperties {
        try {
            PhoneNumber.parse(testCustomerNumber);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(PREFIX + ".test-customer-number must be an Indonesian mobile number"
                    + " (08…)");
        }
        try {
            new ProductCode(productCode);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(PREFIX + ".product-code must be a 6-digit biller code");
        }
    }

    /** The test number, checked. */
    PhoneNumber testCustomer() {
        return PhoneNumber.parse(testCustomerNumber);
    }

    /** The defaults, as a run without any {@code dompet.doctor.*} property binds them. */
    public static DoctorProperties defaults() {
        return new DoctorProperties(SANDBOX_TEST_NUMBER, DEFAULT_PRODUCT_CODE, false, 60);
    }
}

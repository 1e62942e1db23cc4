package io.dompet.autoconfigure.properties;

import io.dompet.adapter.finpay.billwidget.BillAmountFormat;
import io.dompet.adapter.finpay.billwidget.BillWidgetSettings;
import io.dompet.adapter.finpay.billwidget.MerchantIdField;
import io.dompet.adapter.finpay.billwidget.SignatureValueStyle;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.domain.billwidget.BillWidget;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.finpay.bill-widget.*}: Finpay's bill-payment widget, e.g. {@code https://devo.finnet.co.id}. The
 * switches of PROTOCOL.md §5 question 4 ({@code merchant-id-field}, {@code signature-case},
 * {@code signature-value-style}, {@code signature-upper-case}, {@code bill-amount-format}) are described in
 * docs/finpay.md.
 */
@Validated
@ConfigurationProperties("dompet.finpay.bill-widget")
public record BillWidgetProperties(
        @Nullable URI baseUrl,
        @Nullable @Size(max = BillWidgetSettings.MAX_MERCHANT_ID) String merchantId,
        @Nullable String merchantKey,
        @Nullable @Size(max = BillWidgetSettings.MAX_TERMINAL) String terminal,
        @Nullable @Size(max = BillWidgetSettings.MAX_TERMINAL_NAME) String terminalName,
        @Nullable @Size(max = BillWidget.MAX_URL_LENGTH) String backUrl,
        @Nullable @Size(max = BillWidget.MAX_URL_LENGTH) String returnUrl,
        @DefaultValue("3600") @Min(30) @Max(86_400) int defaultTimeout,
        @DefaultValue("merchantId") MerchantIdField merchantIdField,
        @DefaultValue("lower") HexCase signatureCase,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("json") SignatureValueStyle signatureValueStyle,
        @DefaultValue("ascii") UpperCasing signatureUpperCase,
        @DefaultValue("decimal") BillAmountFormat billAmountFormat) {

    public static final String PREFIX = "dompet.finpay.bill-widget";

    public List<String> missing() {
        return new Required(PREFIX).check("base-url", baseUrl).check("merchant-id", merchantId)
                .check("merchant-key", merchantKey).check("terminal", terminal).check("terminal-name", terminalName)
                .check("back-url", backUrl).check("return-url", returnUrl).missing();
    }

    /**
     * The bill widget adapter's settings, for a configuration {@code StartupConfigurationCheck} accepted
     * ({@code back-url}, {@code return-url} and {@code default-timeout} are the application's {@code BillWidgetDefaults}).
     *
     * @throws IllegalArgumentException naming the property whose value the adapter cannot use
     */
    public BillWidgetSettings settings() {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                signatureCase, connectTimeout, readTimeout, signatureValueStyle, signatureUpperCase, billAmountFormat);
    }

    @Override
    public String toString() {
        return "BillWidgetProperties[baseUrl=" + baseUrl + ", merchantId=" + merchantId + ", merchantKey="
                + Secrets.redacted(merchantKey) + ", terminal=" + terminal + ", terminalName=" + terminalName
                + ", backUrl=" + backUrl + ", returnUrl=" + returnUrl + ", defaultTimeout=" + defaultTimeout
                + ", merchantIdField=" + merchantIdField + ", signatureCase=" + signatureCase + ", signatureValueStyle="
                + signatureValueStyle + ", signatureUpperCase=" + signatureUpperCase + ", billAmountFormat="
                + billAmountFormat + "]";
    }
}

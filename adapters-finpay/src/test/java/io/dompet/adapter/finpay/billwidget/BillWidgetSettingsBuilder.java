package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import java.net.URI;
import java.time.Duration;

/**
 * Test-side {@link BillWidgetSettings}: the merchant and terminal, then any switch by name; the rest as bootstrap's
 * {@code dompet.finpay.bill-widget.*} defaults them ({@code merchantId}, a lower-case signature over
 * JSON-style values upper-cased as ASCII, decimal bill amounts, 2 s / 15 s).
 */
public final class BillWidgetSettingsBuilder {

    private final URI baseUrl;
    private final String merchantId;
    private final String merchantKey;
    private final String terminal;
    private final String terminalName;
    private MerchantIdField merchantIdField = MerchantIdField.MERCHANT_ID;
    private HexCase signatureCase = HexCase.LOWER;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(15);
    private SignatureValueStyle signatureValueStyle = SignatureValueStyle.JSON;
    private UpperCasing signatureUpperCase = UpperCasing.ASCII;
    private BillAmountFormat billAmountFormat = BillAmountFormat.DECIMAL;

    private BillWidgetSettingsBuilder(URI baseUrl, String merchantId, String merchantKey, String terminal,
                                      String terminalName) {
        this.baseUrl = baseUrl;
        this.merchantId = merchantId;
        this.merchantKey = merchantKey;
        this.terminal = terminal;
        this.terminalName = terminalName;
    }

    public static BillWidgetSettingsBuilder of(URI baseUrl, String merchantId, String merchantKey, String terminal,
                                               String terminalName) {
        return new BillWidgetSettingsBuilder(baseUrl, merchantId, merchantKey, terminal, terminalName);
    }

    public BillWidgetSettingsBuilder merchantIdField(MerchantIdField field) {
        this.merchantIdField = field;
        return this;
    }

    public BillWidgetSettingsBuilder signatureCase(HexCase newCase) {
        this.signatureCase = newCase;
        return this;
    }

    public BillWidgetSettingsBuilder timeouts(Duration connect, Duration read) {
        this.connectTimeout = connect;
        this.readTimeout = read;
        return this;
    }

    public BillWidgetSettingsBuilder signatureValueStyle(SignatureValueStyle style) {
        this.signatureValueStyle = style;
        return this;
    }

    public BillWidgetSettingsBuilder signatureUpperCase(UpperCasing upperCasing) {
        this.signatureUpperCase = upperCasing;
        return this;
    }

    public BillWidgetSettingsBuilder billAmountFormat(BillAmountFormat format) {
        this.billAmountFormat = format;
        return this;
    }

    public BillWidgetSettings build() {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                signatureCase, connectTimeout, readTimeout, signatureValueStyle, signatureUpperCase, billAmountFormat);
    }
}

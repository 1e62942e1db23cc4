package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.adapter.finpay.transport.SettingsCheck;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the Finpay bill widget adapter needs, as bootstrap builds it from {@code dompet.finpay.bill-widget.*}.
 * ({@code back-url}, {@code return-url} and {@code default-timeout} are the application's defaults, not the
 * adapter's: they reach it in each {@code GenerateRequest}.)
 *
 * @param baseUrl         scheme, host, optional port and optional path before Finpay's paths, e.g.
 *                        {@code https://devo.finnet.co.id}: requests go to {@code {baseUrl}/v1/widget/generate} and
 *                        {@code {baseUrl}/v1/widget/check/{token}}
 * @param merchantId      the merchant id (≤ 100) sent in {@code merchantId} or {@code username}
 * @param merchantKey     the key appended to the signed string; secret
 * @param terminal        the terminal id (1 to 8 characters)
 * @param terminalName    the terminal name (1 to 20 characters)
 * @param merchantIdField the field that carries the merchant id: {@link MerchantIdField#MERCHANT_ID} (default) or
 *                        {@link MerchantIdField#USERNAME}
 * @param signatureCase   the case of the signature's hex: {@link HexCase#LOWER} (default) or upper
 * @param connectTimeout  how long to wait for a connection (default 2 s)
 * @param readTimeout     how long to wait for an answer (default 15 s)
 * @param signatureValueStyle how the signature takes booleans, arrays and objects: {@link SignatureValueStyle#JSON}
 *                        (default), {@code PHP} or {@code JOINED}
 * @param signatureUpperCase how the signature upper-cases values: {@link UpperCasing#ASCII} (default, as PHP) or
 *                        {@code UNICODE}
 * @param billAmountFormat how {@code billInfo.amount} is written: {@link BillAmountFormat#DECIMAL} (default) or
 *                        {@code INTEGER}
 */
public record BillWidgetSettings(URI baseUrl, String merchantId, String merchantKey, String terminal,
                                 String terminalName, MerchantIdField merchantIdField, HexCase signatureCase,
                                 Duration connectTimeout, Duration readTimeout, SignatureValueStyle signatureValueStyle,
                                 UpperCasing signatureUpperCase, BillAmountFormat billAmountFormat) {

    /** Finpay's limits (bootstrap's {@code BillWidgetProperties} checks the same ones when it binds them). */
    public static final int MAX_MERCHANT_ID = 100;
    public static final int MAX_TERMINAL = 8;
    public static final int MAX_TERMINAL_NAME = 20;

    private static final SettingsCheck CHECK = new SettingsCheck("dompet.finpay.bill-widget.");

    /** Checks every value; messages name the property and never repeat the merchant key. */
    public BillWidgetSettings {
        CHECK.baseUrl(baseUrl, "the paths /v1/widget/generate and /v1/widget/check are appended");
        CHECK.text(merchantId, "merchant-id", MAX_MERCHANT_ID);
        CHECK.text(merchantKey, "merchant-key");
        CHECK.text(terminal, "terminal", MAX_TERMINAL);
        CHECK.text(terminalName, "terminal-name", MAX_TERMINAL_NAME);
        CHECK.set(merchantIdField, "merchant-id-field");
        CHECK.set(signatureCase, "signature-case");
        CHECK.timeouts(connectTimeout, readTimeout);
        CHECK.set(signatureValueStyle, "signature-value-style");
        CHECK.set(signatureUpperCase, "signature-upper-case");
        CHECK.set(billAmountFormat, "bill-amount-format");
    }

    /** The base URL without a trailing slash, to which Finpay's paths are appended. */
    String target() {
        return SettingsCheck.target(baseUrl);
    }

    /** Shows everything but the merchant key. */
    @Override
    public String toString() {
        return "BillWidgetSettings[baseUrl=" + baseUrl + ", merchantId=" + merchantId + ", merchantKey=(redacted)"
                + ", terminal=" + terminal + ", terminalName=" + terminalName + ", merchantIdField=" + merchantIdField
                + ", signatureCase=" + signatureCase + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", signatureValueStyle=" + signatureValueStyle + ", signatureUpperCase="
                + signatureUpperCase + ", billAmountFormat=" + billAmountFormat + "]";
    }
}

package io.dompet.adapter.finpay.billwidget;

import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.UpperCasing;
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

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    /** Finpay's limits (bootstrap's {@code BillWidgetProperties} checks the same ones when it binds them). */
    public static final int MAX_MERCHANT_ID = 100;
    public static final int MAX_TERMINAL = 8;
    public static final int MAX_TERMINAL_NAME = 20;

    private static final String PREFIX = "dompet.finpay.bill-widget.";

    /** Checks every value; messages name the property and never repeat the merchant key. */
    public BillWidgetSettings {
        Objects.requireNonNull(baseUrl, PREFIX + "base-url must be set");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException(PREFIX + "base-url must be an http or https URL with a host, was "
                    + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException(PREFIX + "base-url must have no query, fragment or user info (the paths"
                    + " /v1/widget/generate and /v1/widget/check are appended), was " + baseUrl.getHost());
        }
        requireText(merchantId, "merchant-id", MAX_MERCHANT_ID);
        if (merchantKey == null || merchantKey.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "merchant-key must be set");
        }
        requireText(terminal, "terminal", MAX_TERMINAL);
        requireText(terminalName, "terminal-name", MAX_TERMINAL_NAME);
        Objects.requireNonNull(merchantIdField, PREFIX + "merchant-id-field must be set");
        Objects.requireNonNull(signatureCase, PREFIX + "signature-case must be set");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
        Objects.requireNonNull(signatureValueStyle, PREFIX + "signature-value-style must be set");
        Objects.requireNonNull(signatureUpperCase, PREFIX + "signature-upper-case must be set");
        Objects.requireNonNull(billAmountFormat, PREFIX + "bill-amount-format must be set");
    }

    /**
     * Settings with {@code merchantId}, a lower-case signature over JSON-style values upper-cased as ASCII, decimal
     * bill amounts, and the default timeouts.
     */
    public static BillWidgetSettings of(URI baseUrl, String merchantId, String merchantKey, String terminal,
                                        String terminalName) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName,
                MerchantIdField.MERCHANT_ID, HexCase.LOWER, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                SignatureValueStyle.JSON, UpperCasing.ASCII, BillAmountFormat.DECIMAL);
    }

    public BillWidgetSettings withMerchantIdField(MerchantIdField field) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, field, signatureCase,
                connectTimeout, readTimeout, signatureValueStyle,
                signatureUpperCase, billAmountFormat);
    }

    public BillWidgetSettings withSignatureCase(HexCase newCase) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                newCase, connectTimeout, readTimeout, signatureValueStyle,
                signatureUpperCase, billAmountFormat);
    }

    public BillWidgetSettings withTimeouts(Duration connect, Duration read) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                signatureCase, connect, read, signatureValueStyle,
                signatureUpperCase, billAmountFormat);
    }

    public BillWidgetSettings withSignatureValueStyle(SignatureValueStyle style) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                signatureCase, connectTimeout, readTimeout, style, signatureUpperCase, billAmountFormat);
    }

    public BillWidgetSettings withSignatureUpperCase(UpperCasing upperCasing) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                signatureCase, connectTimeout, readTimeout, signatureValueStyle, upperCasing, billAmountFormat);
    }

    public BillWidgetSettings withBillAmountFormat(BillAmountFormat format) {
        return new BillWidgetSettings(baseUrl, merchantId, merchantKey, terminal, terminalName, merchantIdField,
                signatureCase, connectTimeout, readTimeout, signatureValueStyle, signatureUpperCase, format);
    }

    /** The base URL without a trailing slash, to which Finpay's paths are appended. */
    String target() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static void requireText(String value, String property, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + property + " must be set");
        }
        if (value.length() > maxLength || !value.equals(value.strip())) {
            throw new IllegalArgumentException(PREFIX + property + " must be at most " + maxLength
                    + " characters without surrounding spaces, was " + value.length() + " characters");
        }
    }

    private static void requirePositive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + property + " must be a positive duration");
        }
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

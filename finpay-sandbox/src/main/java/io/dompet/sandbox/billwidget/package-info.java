/**
 * Finpay's Widget Bill Payment as the sandbox plays it (PROTOCOL.md §4): {@code POST /v1/widget/generate}, checked
 * with a {@code merchantSignature} (SHA-256) written independently of dompet's, {@code GET /v1/widget/check/{token}},
 * and the page a customer opens from the {@code redirectURL}, showing the billers and the bill until the widget's
 * {@code timeout} has passed. Depends only on {@code config} and {@code http}.
 */
package io.dompet.sandbox.billwidget;

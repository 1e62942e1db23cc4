/**
 * The Finpay Money co-brand widget as the sandbox plays it (PROTOCOL.md §3): {@code getToken} and
 * {@code widget/topup} under {@code /apicobrand}, behind HTTP Basic and an HMAC-SHA256 body signature written
 * independently of dompet's, and the widget page itself, where a customer picks a channel and an amount and pays;
 * paying sends a signed Notify Top Up to the merchant through a {@link io.dompet.sandbox.money.TopUpNotifier}.
 * Depends only on {@code config} and {@code http}.
 */
package io.dompet.sandbox.money;

/**
 * Finpay's callbacks ({@code /callbacks/**}): Notify Top Up, authenticated by Finpay's signature instead of an API
 * key, answered in Finpay's SNAP format ({@code responseCode}, {@code responseMessage}), never as problem details.
 */
package io.dompet.adapter.web.callback;

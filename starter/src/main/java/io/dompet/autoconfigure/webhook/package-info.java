/**
 * Webhooks: the configured endpoints, the Standard Webhooks signature and the HTTP POST of each event (an outbound
 * adapter; it renders events with the web adapter's response mapping, which only the starter sees alongside it).
 */
@NullMarked
package io.dompet.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;

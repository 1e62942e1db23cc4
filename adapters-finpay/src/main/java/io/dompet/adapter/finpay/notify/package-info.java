/**
 * Finpay's Notify Top Up, checked as it arrived: the SHA256withRSA signature over the raw body, the timestamp window,
 * the partner and merchant ids, and every body field, behind the application's {@code NotificationVerifierPort}.
 */
@NullMarked
package io.dompet.adapter.finpay.notify;

import org.jspecify.annotations.NullMarked;

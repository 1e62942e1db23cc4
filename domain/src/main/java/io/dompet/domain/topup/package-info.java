/** Top-ups: one cash-in to a customer's wallet, its state machine and its identifiers. */
@NullMarked
package io.dompet.domain.topup;

import org.jspecify.annotations.NullMarked;

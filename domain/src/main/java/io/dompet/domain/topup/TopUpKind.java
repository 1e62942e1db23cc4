package io.dompet.domain.topup;

/** How money reached the wallet. */
public enum TopUpKind {
    /** Merchant-funded, through Finpay SNAP's customer top-up. */
    DIRECT,
    /** The customer paid on the Finpay Money top-up widget this merchant issued (learnt from Notify Top Up). */
    WIDGET,
    /** The customer paid through a channel (virtual account, Alfamart, …), learnt from Notify Top Up. */
    CHANNEL
}

/** Customers' Finpay Money wallets as this merchant knows them. */
@NullMarked
package io.dompet.domain.wallet;

import org.jspecify.annotations.NullMarked;

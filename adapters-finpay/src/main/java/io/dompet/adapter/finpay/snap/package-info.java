/** Finpay's SNAP e-money top-up (token, account inquiry, top-up, status) as an {@code EmoneyTopUpPort}, over OpenFeign. */
@NullMarked
package io.dompet.adapter.finpay.snap;

import org.jspecify.annotations.NullMarked;

/** The Finpay out-adapter's entry point: the one Spring configuration bootstrap imports. */
@NullMarked
package io.dompet.adapter.finpay;

import org.jspecify.annotations.NullMarked;

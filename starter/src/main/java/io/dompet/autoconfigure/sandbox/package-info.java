/** Sandbox mode: deciding it, pointing dompet at the in-process Finpay sandbox, and saying so at start-up. */
@NullMarked
package io.dompet.autoconfigure.sandbox;

import org.jspecify.annotations.NullMarked;

/** RSA key material (PEM text or {@code file:PATH}) and the SHA256withRSA signatures Finpay's SNAP APIs use. */
@NullMarked
package io.dompet.adapter.finpay.signature;

import org.jspecify.annotations.NullMarked;

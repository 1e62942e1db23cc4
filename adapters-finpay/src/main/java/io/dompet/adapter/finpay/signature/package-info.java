/**
 * Finpay's signatures: RSA key material (PEM text or {@code file:PATH}) and the SHA256withRSA and HMAC-SHA512
 * signatures of the SNAP APIs, and the HMAC-SHA256 signature of the Finpay Money co-brand APIs.
 */
@NullMarked
package io.dompet.adapter.finpay.signature;

import org.jspecify.annotations.NullMarked;

/**
 * Finpay's signatures: RSA key material (PEM text or {@code file:PATH}) and the SHA256withRSA and HMAC-SHA512
 * signatures of the SNAP APIs, the HMAC-SHA256 signature of the Finpay Money co-brand APIs, and the SHA-256
 * {@code merchantSignature} of the bill widget's Generate Widget.
 */
@NullMarked
package io.dompet.adapter.finpay.signature;

import org.jspecify.annotations.NullMarked;

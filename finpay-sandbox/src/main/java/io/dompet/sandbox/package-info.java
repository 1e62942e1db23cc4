/** The Finpay sandbox: an independent, embeddable stand-in for Finpay's APIs with its own keys and credentials. */
package io.dompet.sandbox;

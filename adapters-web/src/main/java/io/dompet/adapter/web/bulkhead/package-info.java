/**
 * The bulkhead around requests that call Finpay: a bound on how many run at once, so that a slow or stalled Finpay
 * cannot take every web server thread from Finpay's callback, the health probes and the reads, and the gate that
 * stops taking such requests when dompet shuts down.
 */
package io.dompet.adapter.web.bulkhead;

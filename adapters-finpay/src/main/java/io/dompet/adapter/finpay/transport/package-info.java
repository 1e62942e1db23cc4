/**
 * The one Finpay transport shared by the three Finpay APIs: client construction and the timed exchange
 * ({@link io.dompet.adapter.finpay.transport.FinpayHttp}, whose read timeout bounds each whole exchange), the one
 * answer type ({@link io.dompet.adapter.finpay.transport.FinpayAnswer}) and how an endpoint states its result
 * ({@link io.dompet.adapter.finpay.transport.FinpayEndpoint}), safe descriptions, token caching with bounded waits,
 * identifiers. Each API package keeps only its requests, its mapping to the port's outcomes and its signatures.
 *
 * <p>Depends on none of the client packages ({@code snap}, {@code topupwidget}, {@code billwidget}); they depend on it.
 */
@NullMarked
package io.dompet.adapter.finpay.transport;

import org.jspecify.annotations.NullMarked;

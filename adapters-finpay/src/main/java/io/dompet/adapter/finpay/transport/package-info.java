/**
 * HTTP plumbing shared by the Finpay clients: the Feign transport whose read timeout bounds each whole exchange,
 * answer reading, token caching with bounded waits, identifiers.
 *
 * <p>Depends on none of the client packages ({@code snap}, {@code money}, {@code billwidget}); they depend on it.
 */
@NullMarked
package io.dompet.adapter.finpay.transport;

import org.jspecify.annotations.NullMarked;

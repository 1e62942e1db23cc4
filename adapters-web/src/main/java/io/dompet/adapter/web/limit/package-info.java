/** Bounds on what a request to the API may send: the request body cap of {@code /api/**}. */
package io.dompet.adapter.web.limit;

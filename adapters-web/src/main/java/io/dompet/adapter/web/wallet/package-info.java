/** The wallet resource: {@code GET /api/v1/wallets/{customerNumber}}. */
package io.dompet.adapter.web.wallet;

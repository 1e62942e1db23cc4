/** The top-up resources: inquiries, merchant-funded top-ups under an idempotency key, and reading a top-up. */
package io.dompet.adapter.web.topup;

/** The OpenAPI description served by springdoc, with the API-key security scheme. */
package io.dompet.adapter.web.openapi;

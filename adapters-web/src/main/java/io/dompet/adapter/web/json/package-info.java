/** Jackson mapping of domain values in request bodies, so that a domain validation error names the JSON field. */
package io.dompet.adapter.web.json;

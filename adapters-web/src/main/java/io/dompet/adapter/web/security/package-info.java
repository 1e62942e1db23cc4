/** API-key authentication of {@code /api/**} with Spring Security, and the problem responses of refused requests. */
package io.dompet.adapter.web.security;

/** The Spring Boot application: explicit wiring of adapters and services, configuration checks. */
@NullMarked
package io.dompet.autoconfigure;

import org.jspecify.annotations.NullMarked;

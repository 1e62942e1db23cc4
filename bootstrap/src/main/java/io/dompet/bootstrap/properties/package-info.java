/** The stand-alone application's own configuration: the embedded PostgreSQL ({@code dompet.embedded-postgres.*}). */
@NullMarked
package io.dompet.bootstrap.properties;

import org.jspecify.annotations.NullMarked;

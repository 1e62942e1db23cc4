/** In-ports: the use cases and queries dompet offers its drivers (REST, schedulers). */
@NullMarked
package io.dompet.application.port.in;

import org.jspecify.annotations.NullMarked;
